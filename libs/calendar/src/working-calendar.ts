import type { CalendarOverrides, DayInfo, IsoDate } from './calendar.types.js';

/** Answers questions about days for one tenant: shipped data, uploaded years and the tenant's own days. */
export interface WorkingCalendar {
  /** Throws MISSING_HOLIDAY_DATA for a year without data — use `dayInfo` to get a flagged estimate instead. */
  isWorkingDay(date: IsoDate): boolean;
  /** A day of a holiday block (national or the tenant's). Throws MISSING_HOLIDAY_DATA like isWorkingDay. */
  isHoliday(date: IsoDate): boolean;
  /** Never throws for a valid date; `estimated` says when the year has no data. */
  dayInfo(date: IsoDate): DayInfo;
  /** Whether a State Council notice (shipped or uploaded) covers the year. */
  hasDataFor(year: number): boolean;
  /** Years with data, ascending. */
  years(): number[];
}

/**
 * A calendar from the shipped 2020–2026 data plus a tenant's overrides. `overrides` may come straight from a
 * JSON file: it is validated and a CalendarError(INVALID_OVERRIDES) lists every problem found.
 */
export function createWorkingCalendar(overrides?: CalendarOverrides | unknown): WorkingCalendar {
  void overrides;
  throw new Error('pending');
}
