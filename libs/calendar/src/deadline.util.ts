import { CalendarError, CalendarErrorCode } from './calendar.exception.js';
import type { IsoDate } from './calendar.types.js';
import { addDays, addMonths, endOfMonth, endOfQuarter, endOfYear, parseIsoDate } from './calendar-date.util.js';
import { MissingYearsTracker } from './missing-years.tracker.js';
import { parseTimeLimit } from './time-limit.parser.js';
import type { Deadline, TimeLimit } from './time-limit.types.js';
import type { WorkingCalendar } from './working-calendar.js';

/**
 * The last day of a time limit that starts on `start` (民法典 Art. 201–203):
 * - the start day is not counted: `7d` from Monday ends the next Monday;
 * - `Nm` ends on the corresponding day of the last month, or that month's last day (Jan 31 + 1m → Feb 28/29);
 * - a last day that is a holiday or weekend moves to the next working day (a make-up Saturday is a working day);
 * - `Nwd` counts working days only, from the day after the start, so it always ends on a working day;
 * - `next-day` is the day after the start; `end-of-month/quarter/year` the end of the month/quarter/year
 *   containing the day after the start (counting starts the next day, so a limit given on the 31st of a month
 *   runs to the end of the next one); `immediately` is the start day itself — each then moved like any last day.
 * Any year without holiday data on the way is flagged; `due` is then a provisional Monday–Friday estimate.
 */
export function computeDeadline(start: IsoDate, limit: TimeLimit | string, calendar: WorkingCalendar): Deadline {
  parseIsoDate(start, '起始日期');
  const parsed = typeof limit === 'string' ? parseTimeLimit(limit) : checkedLimit(limit);
  const tracker = new MissingYearsTracker(calendar);

  if (parsed.kind === 'working-days') {
    let day = start;
    for (let counted = 0; counted < parsed.amount; ) {
      day = addDays(day, 1);
      if (tracker.day(day).working) counted++;
    }
    return { due: day, nominalDue: day, moved: false, limit: parsed, ...tracker.result() };
  }

  const nominalDue = nominalLastDay(start, parsed);
  const due = tracker.workingDayFrom(nominalDue, 1);
  return { due, nominalDue, moved: due !== nominalDue, limit: parsed, ...tracker.result() };
}

/** A limit built in code rather than parsed: refuse amounts the notation could not have produced. */
function checkedLimit(limit: TimeLimit): TimeLimit {
  if ('amount' in limit && !(Number.isInteger(limit.amount) && limit.amount >= 1 && limit.amount <= 3650 * 12)) {
    throw new CalendarError(CalendarErrorCode.InvalidTimeLimit, `时限数值「${String(limit.amount)}」无效 / invalid amount`);
  }
  return limit;
}

function nominalLastDay(start: IsoDate, limit: Exclude<TimeLimit, { kind: 'working-days' }>): IsoDate {
  switch (limit.kind) {
    case 'days':
      return addDays(start, limit.amount);
    case 'months':
      return addMonths(start, limit.amount);
    case 'next-day':
      return addDays(start, 1);
    case 'end-of-month':
      return endOfMonth(addDays(start, 1));
    case 'end-of-quarter':
      return endOfQuarter(addDays(start, 1));
    case 'end-of-year':
      return endOfYear(addDays(start, 1));
    case 'immediately':
      return start;
  }
}
