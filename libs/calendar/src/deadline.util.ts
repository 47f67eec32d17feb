import type { IsoDate } from './calendar.types.js';
import type { Deadline, TimeLimit } from './time-limit.types.js';
import type { WorkingCalendar } from './working-calendar.js';

/** The last day of a time limit that starts on `start`, per 民法典 Art. 201–203. Flags years without data. */
export function computeDeadline(start: IsoDate, limit: TimeLimit | string, calendar: WorkingCalendar): Deadline {
  void start;
  void limit;
  void calendar;
  throw new Error('pending');
}
