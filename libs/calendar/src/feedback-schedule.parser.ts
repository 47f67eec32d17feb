import type { FeedbackSchedule } from './feedback-schedule.types.js';

/** Parses a schedule such as `yearly-dates:04-10,07-10`, `monthly-days:10,15`, `weekly:MON`, `quarterly:next-month-10`. */
export function parseFeedbackSchedule(text: string): FeedbackSchedule {
  void text;
  throw new Error('pending');
}
