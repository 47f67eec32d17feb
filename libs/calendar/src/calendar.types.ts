/**
 * A local date in China, 'YYYY-MM-DD'. The library never deals with time zones or times of day:
 * callers turn an instant into a date with `dateInChina` and a due date into an instant with `endOfDayInChina`.
 */
export type IsoDate = string;

/** User-facing text: Chinese first, English for logs and for non-Chinese operators. */
export interface LocalizedText {
  zh: string;
  en: string;
}

/** One block of public holiday days as announced in a State Council notice, e.g. 国庆节 10-01..10-07. */
export interface HolidayPeriod {
  /** Chinese name as in the notice: 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节 (or a tenant's own). */
  name: string;
  /** First and last day of the block, inclusive. */
  from: IsoDate;
  to: IsoDate;
  /** Why this block looks unusual, e.g. the 2020 COVID extension of 春节. */
  note?: string;
}

/** A weekend day on which people work to make up for a holiday (调休上班). */
export interface MakeUpWorkingDay {
  date: IsoDate;
  /** The holiday it makes up for, e.g. 国庆节. */
  for: string;
}

/** The holiday data of one year: what one yearly State Council notice announces. */
export interface YearHolidayData {
  year: number;
  /** Where the data comes from, e.g. 国办发明电〔2025〕7号. */
  source: string;
  holidays: HolidayPeriod[];
  makeUpWorkingDays: MakeUpWorkingDay[];
}

/**
 * Per-tenant changes on top of the shipped data (processes/<tenant>/calendar.json).
 * - `years`: whole years uploaded by an administrator (a new notice, or a correction); a year given here
 *   replaces the shipped data of that year.
 * - `extraHolidays`: local days off (e.g. a county's own holiday); they never make a year "have data".
 * - `extraWorkingDays`: days the tenant works although they are weekends or national holidays.
 */
export interface CalendarOverrides {
  /** A note for administrators; ignored. */
  description?: string;
  years?: YearHolidayData[];
  extraHolidays?: { date: IsoDate; name: string }[];
  extraWorkingDays?: { date: IsoDate; reason: string }[];
}

export type DayKind =
  /** Monday–Friday, no holiday. */
  | 'workday'
  /** Saturday or Sunday, no make-up work. */
  | 'weekend'
  /** A day of a holiday block (national or the tenant's own). */
  | 'holiday'
  /** A weekend day worked to make up for a holiday, or a tenant's extra working day. */
  | 'make-up-workday';

export interface DayInfo {
  date: IsoDate;
  /** 1 = Monday … 7 = Sunday (ISO). */
  weekday: number;
  kind: DayKind;
  working: boolean;
  /** Name of the holiday (for 'holiday') or of the holiday made up for (for 'make-up-workday'). */
  name?: string;
  /**
   * True when the year has no holiday data: kind and working are then a Monday–Friday guess that
   * callers must never present as fact (the deadline and feedback functions flag it).
   */
  estimated: boolean;
}

/** Flag raised when a computation had to look at a year without holiday data. */
export interface Flagged {
  flagged: boolean;
  /** Present when flagged: 该时限涉及尚无节假日数据的年份… */
  flagReason?: LocalizedText;
  /** The years without data that the computation touched, ascending; empty when not flagged. */
  missingYears: number[];
}
