import { addDays, dateInChina, type IsoDate, type WorkingCalendar } from '@duban/calendar';

export type Light = 'green' | 'yellow' | 'red';

/**
 * The light as instants, so that SQL can filter by it: red when the due instant is before the start of today
 * (China), yellow before the start of the (n+1)-th working day after today, green after. This is exactly
 * `deadlineStatus` of libs/calendar (yellow when at most n working days remain, the due day included).
 */
export interface LightBounds {
  today: IsoDate;
  redBefore: Date;
  yellowBefore: Date;
}

const startOfDayInChina = (date: IsoDate): Date => new Date(`${date}T00:00:00+08:00`);

export function lightBounds(now: number, calendar: WorkingCalendar, yellowWithinWorkingDays: number): LightBounds {
  const today = dateInChina(now);
  let day = today;
  // dayInfo never throws: a year without holiday data counts Monday–Friday, as the calendar's estimate says.
  for (let found = 0; found <= yellowWithinWorkingDays; ) {
    day = addDays(day, 1);
    if (calendar.dayInfo(day).working) found++;
  }
  return { today, redBefore: startOfDayInChina(today), yellowBefore: startOfDayInChina(day) };
}

export function lightOf(due: Date | null | undefined, bounds: LightBounds): Light | null {
  if (!due) return null;
  if (due < bounds.redBefore) return 'red';
  return due < bounds.yellowBefore ? 'yellow' : 'green';
}
