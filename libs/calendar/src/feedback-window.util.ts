import { CalendarError, CalendarErrorCode } from './calendar.exception.js';
import type { IsoDate } from './calendar.types.js';
import { addDays, daysBetween, parseIsoDate } from './calendar-date.util.js';
import { scheduledOccurrences, type Occurrence } from './feedback-occurrences.util.js';
import { parseFeedbackSchedule } from './feedback-schedule.parser.js';
import type { FeedbackDue, FeedbackSchedule, HolidayRule } from './feedback-schedule.types.js';
import { MissingYearsTracker } from './missing-years.tracker.js';
import type { WorkingCalendar } from './working-calendar.js';

/** Ten years of weekly reports is the most anyone should enumerate in one call. */
const MAX_RANGE_DAYS = 3660;
/** How far a holiday rule can move a date; a window this wide around `after` finds the next due date. */
const MAX_SHIFT_DAYS = 62;
const RULES: HolidayRule[] = ['keep', 'next-working-day', 'previous-working-day'];

/**
 * Every occurrence whose nominal date lies in [from, to], ordered by due date. The rule decides what happens
 * when a nominal date is not a working day: 'keep' it, move to the 'next-working-day' (default) or the
 * 'previous-working-day'. An occurrence whose rule had to look into a year without holiday data is flagged
 * ('keep' never looks, so it is never flagged).
 */
export function feedbackDueDates(
  schedule: FeedbackSchedule | string,
  from: IsoDate,
  to: IsoDate,
  calendar: WorkingCalendar,
  rule: HolidayRule = 'next-working-day',
): FeedbackDue[] {
  parseIsoDate(from, '开始日期');
  parseIsoDate(to, '结束日期');
  const span = daysBetween(from, to);
  if (span < 0 || span > MAX_RANGE_DAYS) {
    throw new CalendarError(
      CalendarErrorCode.InvalidRange,
      `日期范围 ${from} 至 ${to} 无效（结束不得早于开始，且不超过十年）/ invalid range`,
    );
  }
  const parsed = resolve(schedule, rule);
  return scheduledOccurrences(parsed, from, to)
    .map((occurrence) => applyRule(occurrence, calendar, rule))
    .sort(byDue);
}

/**
 * The first occurrence whose due date (after the holiday rule) comes strictly after `after` — so a worker that
 * handled the report due on D asks with D; to include a report due today, ask with yesterday.
 */
export function nextFeedbackDue(
  schedule: FeedbackSchedule | string,
  after: IsoDate,
  calendar: WorkingCalendar,
  rule: HolidayRule = 'next-working-day',
): FeedbackDue {
  parseIsoDate(after, '日期');
  const parsed = resolve(schedule, rule);
  // A yearly schedule has one date in any 366 days; look a little further both ways for holiday moves.
  const candidates = scheduledOccurrences(parsed, addDays(after, -MAX_SHIFT_DAYS), addDays(after, 366 + MAX_SHIFT_DAYS))
    .map((occurrence) => applyRule(occurrence, calendar, rule))
    .sort(byDue);
  const next = candidates.find((candidate) => candidate.due > after);
  if (!next) {
    throw new CalendarError(CalendarErrorCode.InvalidSchedule, `反馈周期在 ${after} 之后没有日期 / schedule has no date after ${after}`);
  }
  return next;
}

function resolve(schedule: FeedbackSchedule | string, rule: HolidayRule): FeedbackSchedule {
  if (!RULES.includes(rule)) {
    throw new CalendarError(
      CalendarErrorCode.InvalidSchedule,
      `未知的节假日规则「${String(rule)}」，可用：keep、next-working-day、previous-working-day / unknown holiday rule`,
    );
  }
  return typeof schedule === 'string' ? parseFeedbackSchedule(schedule) : schedule;
}

function applyRule(occurrence: Occurrence, calendar: WorkingCalendar, rule: HolidayRule): FeedbackDue {
  if (rule === 'keep') return { ...occurrence, due: occurrence.nominal, flagged: false, missingYears: [] };
  const tracker = new MissingYearsTracker(calendar);
  const due = tracker.workingDayFrom(occurrence.nominal, rule === 'next-working-day' ? 1 : -1);
  return { ...occurrence, due, ...tracker.result() };
}

function byDue(a: FeedbackDue, b: FeedbackDue): number {
  return a.due < b.due ? -1 : a.due > b.due ? 1 : a.nominal < b.nominal ? -1 : a.nominal > b.nominal ? 1 : 0;
}
