import { CalendarError, CalendarErrorCode } from './calendar.exception.js';
import type { Flagged, IsoDate } from './calendar.types.js';
import { addDays, daysBetween, parseIsoDate } from './calendar-date.util.js';
import { MissingYearsTracker } from './missing-years.tracker.js';
import type { WorkingCalendar } from './working-calendar.js';

/** Longest span counted day by day; dashboards ask about weeks, not decades. */
const MAX_SPAN_DAYS = 3660;
const DEFAULT_WARN_WITHIN_WORKING_DAYS = 3;

export interface WorkingDayCount extends Flagged {
  /** Working days in (from, to]; negative (−count of (to, from]) when `to` comes first. */
  days: number;
}

export type DeadlineLight = 'green' | 'yellow' | 'red';

export interface DeadlineStatus extends Flagged {
  light: DeadlineLight;
  overdue: boolean;
  /** Working days in (today, due]: 0 on the due date, negative (working days late) when overdue. */
  workingDaysRemaining: number;
}

/**
 * Working days after `from` up to and including `to` — the same counting as a `Nwd` limit, so a deadline of
 * `5wd` from D is the day X with workingDaysBetween(D, X) = 5. Flagged when it had to look at a year without data.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: WorkingCalendar): WorkingDayCount {
  parseIsoDate(from, '开始日期');
  parseIsoDate(to, '结束日期');
  const span = daysBetween(from, to);
  if (Math.abs(span) > MAX_SPAN_DAYS) {
    throw new CalendarError(CalendarErrorCode.InvalidRange, `${from} 至 ${to} 超过十年 / range longer than ten years`);
  }
  const tracker = new MissingYearsTracker(calendar);
  const [start, sign] = span >= 0 ? [from, 1] : [to, -1];
  let days = 0;
  for (let i = 1; i <= Math.abs(span); i++) {
    if (tracker.day(addDays(start, i)).working) days++;
  }
  return { days: sign * days, ...tracker.result() };
}

/** Overdue once the due date has passed: acting on the due date itself is on time. */
export function isOverdue(due: IsoDate, today: IsoDate): boolean {
  parseIsoDate(due, '到期日');
  parseIsoDate(today, '当前日期');
  return today > due;
}

/**
 * The traffic light of a task: red when overdue, yellow when the due date is at most `warnWithinWorkingDays`
 * (default 3) working days away (the due date itself included), green otherwise.
 */
export function deadlineStatus(
  due: IsoDate,
  today: IsoDate,
  calendar: WorkingCalendar,
  options: { warnWithinWorkingDays?: number } = {},
): DeadlineStatus {
  const warn = options.warnWithinWorkingDays ?? DEFAULT_WARN_WITHIN_WORKING_DAYS;
  if (!Number.isInteger(warn) || warn < 0) {
    throw new CalendarError(CalendarErrorCode.InvalidRange, `预警天数「${String(warn)}」无效 / invalid warning threshold`);
  }
  const overdue = isOverdue(due, today);
  const { days, ...flags } = workingDaysBetween(today, due, calendar);
  // Late on a weekend right after the due date: no working day has passed, but it is still at least one day late.
  const remaining = overdue ? Math.min(days, -1) : days;
  const light: DeadlineLight = overdue ? 'red' : remaining <= warn ? 'yellow' : 'green';
  return { light, overdue, workingDaysRemaining: remaining, ...flags };
}
