import { CalendarError, CalendarErrorCode } from './calendar.exception.js';
import type { IsoDate } from './calendar.types.js';

// Plain date arithmetic on 'YYYY-MM-DD'. Date.UTC is used only as a day counter, so no local time zone
// of the machine can shift a date.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
/** China Standard Time has been UTC+8 all year since 1992 (no daylight saving). */
const CHINA_OFFSET_MS = 8 * 3_600_000;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Parses and checks a date; throws INVALID_DATE with the offending text otherwise. */
export function parseIsoDate(text: IsoDate, what = '日期'): DateParts {
  const match = typeof text === 'string' ? ISO_DATE.exec(text) : null;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return { year, month, day };
  }
  throw new CalendarError(
    CalendarErrorCode.InvalidDate,
    `${what}「${String(text)}」不是有效日期，应为 YYYY-MM-DD / not a valid YYYY-MM-DD date`,
  );
}

export function isIsoDate(text: unknown): text is IsoDate {
  if (typeof text !== 'string') return false;
  try {
    parseIsoDate(text);
    return true;
  } catch {
    return false;
  }
}

export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** Day number since 1970-01-01; differences of two of them are day counts. */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const d = new Date(dayNumber * DAY_MS);
  return formatIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Days from `from` to `to`: 0 for the same day, negative when `to` comes first. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: IsoDate): number {
  const weekday = new Date(toDayNumber(date) * DAY_MS).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/**
 * The same day `months` later (民法典 Art. 202: 到期月的对应日); when that month is shorter, its last day.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return formatIsoDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** Day `day` of a month, or its last day when `day` is 'last' or the month is shorter. */
export function dayOfMonth(year: number, month: number, day: number | 'last'): IsoDate {
  const last = daysInMonth(year, month);
  return formatIsoDate(year, month, day === 'last' ? last : Math.min(day, last));
}

export function endOfMonth(date: IsoDate): IsoDate {
  const { year, month } = parseIsoDate(date);
  return dayOfMonth(year, month, 'last');
}

export function endOfQuarter(date: IsoDate): IsoDate {
  const { year, month } = parseIsoDate(date);
  return dayOfMonth(year, Math.ceil(month / 3) * 3, 'last');
}

export function endOfYear(date: IsoDate): IsoDate {
  return formatIsoDate(parseIsoDate(date).year, 12, 31);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The local date in China at an instant (epoch milliseconds, e.g. from the port's Clock). */
export function dateInChina(epochMillis: number): IsoDate {
  return fromDayNumber(Math.floor((epochMillis + CHINA_OFFSET_MS) / DAY_MS));
}

/** The last second of a date in China as an ISO 8601 instant, e.g. for a user task's dueDate header. */
export function endOfDayInChina(date: IsoDate): string {
  parseIsoDate(date);
  return `${date}T23:59:59+08:00`;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
