import { addDays, type IsoDate, type WorkingCalendar } from '@duban/calendar';
import { invalidHeader } from './job-input.js';

const REMIND_BEFORE = /^(\d{1,3})(d|wd)$/;

/** The day `<n>d` calendar days or `<n>wd` working days before the last day. */
export function reminderDay(due: IsoDate, text: string, calendar: WorkingCalendar): IsoDate {
  const match = REMIND_BEFORE.exec(text.trim());
  if (!match) throw invalidHeader('remindBefore', `应为 "<天数>d" 或 "<天数>wd"，实为 "${text}"`, 'must look like 2d or 2wd');
  const amount = Number(match[1]);
  if (match[2] === 'd') return addDays(due, -amount);
  let day = due;
  for (let counted = 0; counted < amount; ) {
    day = addDays(day, -1);
    if (calendar.dayInfo(day).working) counted += 1;
  }
  return day;
}
