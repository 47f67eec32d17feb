import type { IsoDate } from './calendar.types.js';
import type { FeedbackDue, FeedbackSchedule, HolidayRule } from './feedback-schedule.types.js';
import type { WorkingCalendar } from './working-calendar.js';

/** Every occurrence whose nominal date lies in [from, to], in order. */
export function feedbackDueDates(
  schedule: FeedbackSchedule | string,
  from: IsoDate,
  to: IsoDate,
  calendar: WorkingCalendar,
  rule: HolidayRule = 'next-working-day',
): FeedbackDue[] {
  void [schedule, from, to, calendar, rule];
  throw new Error('pending');
}

/** The first occurrence whose due date (after the holiday rule) comes strictly after `after`. */
export function nextFeedbackDue(
  schedule: FeedbackSchedule | string,
  after: IsoDate,
  calendar: WorkingCalendar,
  rule: HolidayRule = 'next-working-day',
): FeedbackDue {
  void [schedule, after, calendar, rule];
  throw new Error('pending');
}
