import { CalendarError, CalendarErrorCode } from './calendar.exception.js';
import type { CalendarOverrides, DayInfo, DayKind, IsoDate, YearHolidayData } from './calendar.types.js';
import { addDays, daysBetween, parseIsoDate, weekdayOf } from './calendar-date.util.js';
import { validateCalendarOverrides } from './calendar-overrides.validator.js';
import { CHINA_HOLIDAYS_2020_2026 } from './holidays-2020-2026.data.js';

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

interface SpecialDay {
  kind: Extract<DayKind, 'holiday' | 'make-up-workday'>;
  name: string;
}

/**
 * A calendar from the shipped 2020–2026 data plus a tenant's overrides. `overrides` may come straight from a
 * JSON file: it is validated and a CalendarError(INVALID_OVERRIDES) lists every problem found.
 */
export function createWorkingCalendar(overrides?: CalendarOverrides | unknown): WorkingCalendar {
  const checked = overrides === undefined || overrides === null ? {} : validateCalendarOverrides(overrides);

  const byYear = new Map<number, YearHolidayData>();
  for (const data of CHINA_HOLIDAYS_2020_2026) byYear.set(data.year, data);
  for (const data of checked.years ?? []) byYear.set(data.year, data);

  const special = new Map<IsoDate, SpecialDay>();
  for (const data of byYear.values()) {
    for (const block of data.holidays) {
      for (let day = 0; day <= daysBetween(block.from, block.to); day++) {
        special.set(addDays(block.from, day), { kind: 'holiday', name: block.name });
      }
    }
    for (const day of data.makeUpWorkingDays) special.set(day.date, { kind: 'make-up-workday', name: day.for });
  }

  const problems: string[] = [];
  for (const { date, name } of checked.extraHolidays ?? []) special.set(date, { kind: 'holiday', name });
  for (const { date, reason } of checked.extraWorkingDays ?? []) {
    const national = special.get(date);
    if (weekdayOf(date) < 6 && national?.kind !== 'holiday') {
      problems.push(`extraWorkingDays: ${date} 本来就是工作日 / already a working day`);
    }
    special.set(date, { kind: 'make-up-workday', name: reason });
  }
  if (problems.length > 0) {
    throw new CalendarError(CalendarErrorCode.InvalidOverrides, '日历配置无效 / invalid calendar overrides', problems);
  }

  const yearsWithData = [...byYear.keys()].sort((a, b) => a - b);
  const covered = new Set(yearsWithData);

  function dayInfo(date: IsoDate): DayInfo {
    const { year } = parseIsoDate(date);
    const weekday = weekdayOf(date);
    const found = special.get(date);
    if (found) return { date, weekday, kind: found.kind, working: found.kind !== 'holiday', name: found.name, estimated: !covered.has(year) };
    const kind: DayKind = weekday >= 6 ? 'weekend' : 'workday';
    return { date, weekday, kind, working: kind === 'workday', estimated: !covered.has(year) };
  }

  function known(date: IsoDate): DayInfo {
    const info = dayInfo(date);
    if (info.estimated) {
      throw new CalendarError(
        CalendarErrorCode.MissingHolidayData,
        `${date.slice(0, 4)} 年尚无节假日数据，请管理员上传当年国务院放假通知 / no holiday data for ${date.slice(0, 4)}`,
      );
    }
    return info;
  }

  return {
    isWorkingDay: (date) => known(date).working,
    isHoliday: (date) => known(date).kind === 'holiday',
    dayInfo,
    hasDataFor: (year) => covered.has(year),
    years: () => [...yearsWithData],
  };
}
