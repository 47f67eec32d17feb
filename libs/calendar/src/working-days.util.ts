import type { Flagged, IsoDate } from './calendar.types.js';
import type { WorkingCalendar } from './working-calendar.js';

export interface WorkingDayCount extends Flagged {
  /** Working days in (from, to]; negative (−count of (to, from]) when `to` comes first. */
  days: number;
}

export type DeadlineLight = 'green' | 'yellow' | 'red';

export interface DeadlineStatus extends Flagged {
  light: DeadlineLight;
  overdue: boolean;
  /** Working days in (today, due]: 0 on the due date, negative when overdue. */
  workingDaysRemaining: number;
}

export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: WorkingCalendar): WorkingDayCount {
  void [from, to, calendar];
  throw new Error('pending');
}

/** Overdue once the due date has passed: acting on the due date itself is on time. */
export function isOverdue(due: IsoDate, today: IsoDate): boolean {
  void [due, today];
  throw new Error('pending');
}

/** Red when overdue, yellow within `warnWithinWorkingDays` (default 3) working days of the due date, else green. */
export function deadlineStatus(
  due: IsoDate,
  today: IsoDate,
  calendar: WorkingCalendar,
  options: { warnWithinWorkingDays?: number } = {},
): DeadlineStatus {
  void [due, today, calendar, options];
  throw new Error('pending');
}
