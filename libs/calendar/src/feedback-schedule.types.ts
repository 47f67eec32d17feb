import type { Flagged, IsoDate } from './calendar.types.js';

/** A day of a month, or its last day. Days past a short month's end fall on its last day. */
export type MonthDay = number | 'last';

/** 1 = Monday … 7 = Sunday (ISO). */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A parsed feedback schedule (see feedback-schedule.parser.ts for the notation). */
export type FeedbackSchedule =
  /** Fixed dates each year, e.g. 04-10, 07-10, 10-10, 12-10. */
  | { kind: 'yearly-dates'; dates: { month: number; day: MonthDay }[]; text: string }
  /** Days of each month, e.g. the 10th and the 15th, or the last day. */
  | { kind: 'monthly-days'; days: MonthDay[]; text: string }
  /** Days of each week. */
  | { kind: 'weekly'; weekdays: IsoWeekday[]; text: string }
  /**
   * Once a quarter. 'last-month': day n of the quarter's last month (Mar, Jun, Sep, Dec), reporting on that
   * quarter. 'next-month': day n of the month after the quarter (Jan, Apr, Jul, Oct), reporting on the quarter
   * just ended — the Q4 report then falls in January of the next year.
   */
  | { kind: 'quarterly'; anchor: 'last-month' | 'next-month'; day: MonthDay; text: string };

/** What to do when a scheduled date is not a working day. */
export type HolidayRule = 'keep' | 'next-working-day' | 'previous-working-day';

export interface FeedbackDue extends Flagged {
  /** The date the schedule names. */
  nominal: IsoDate;
  /** The date after the holiday rule; provisional when flagged. */
  due: IsoDate;
  /**
   * Which occurrence this is, stable across holiday moves (a key for idempotent workers): '2026-Q4' (quarterly,
   * the quarter reported on), '2026-W15' (weekly, ISO week), otherwise the nominal date.
   */
  period: string;
}
