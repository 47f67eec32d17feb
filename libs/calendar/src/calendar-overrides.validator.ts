import { CalendarError, CalendarErrorCode } from './calendar.exception.js';
import type { CalendarOverrides } from './calendar.types.js';
import { addDays, daysBetween, isIsoDate, weekdayOf } from './calendar-date.util.js';

// Hand-written rather than a schema library: the checks are few, and every message must be Chinese first and
// point at the exact entry (years[1].holidays[3].to) so an administrator can fix an uploaded file.

/** Longest holiday block accepted; the longest real one (春节 2020 with its COVID extension) has 10 days. */
const MAX_BLOCK_DAYS = 15;

/**
 * Checks tenant overrides (typically parsed JSON) and returns them typed; throws INVALID_OVERRIDES listing
 * every problem. Checks against the calendar as a whole (e.g. an extra working day that already is one) are
 * made by createWorkingCalendar.
 */
export function validateCalendarOverrides(input: unknown): CalendarOverrides {
  const problems: string[] = [];
  if (!isRecord(input)) fail(['日历配置应为对象 / overrides must be an object']);
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    // `description` and `$schema` let a tenant's calendar.json carry a note and an editor hint.
    if (!['years', 'extraHolidays', 'extraWorkingDays', 'description', '$schema'].includes(key)) {
      problems.push(`未知字段「${key}」/ unknown field (years, extraHolidays, extraWorkingDays, description)`);
    }
  }
  const years = optionalArray(record.years, 'years', problems);
  years.forEach((year, i) => validateYear(year, `years[${i}]`, problems));
  const seenYears = new Set<unknown>();
  for (const year of years) {
    const value = isRecord(year) ? year.year : undefined;
    if (seenYears.has(value)) problems.push(`years: ${String(value)} 年重复 / year given twice`);
    seenYears.add(value);
  }

  const extraHolidays = optionalArray(record.extraHolidays, 'extraHolidays', problems);
  const extraWorkingDays = optionalArray(record.extraWorkingDays, 'extraWorkingDays', problems);
  const holidayDates = checkDatedEntries(extraHolidays, 'extraHolidays', 'name', problems);
  const workingDates = checkDatedEntries(extraWorkingDays, 'extraWorkingDays', 'reason', problems);
  for (const date of holidayDates) {
    if (workingDates.has(date)) {
      problems.push(`${date} 同时列为节假日和工作日 / listed both as extra holiday and extra working day`);
    }
  }
  if (problems.length > 0) fail(problems);
  return record as CalendarOverrides;
}

/** Checks one year of holiday data (an administrator's upload or the shipped table). */
export function validateYear(input: unknown, at: string, problems: string[]): void {
  if (!isRecord(input)) {
    problems.push(`${at}: 应为对象 / must be an object`);
    return;
  }
  const year = input.year;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1949 || year > 2999) {
    problems.push(`${at}.year: 「${String(year)}」不是有效年份 / not a valid year`);
    return;
  }
  if (typeof input.source !== 'string' || input.source.trim() === '') {
    problems.push(`${at}.source: 请注明依据的通知 / name the notice the data comes from`);
  }
  // A notice may reach into the neighbouring year (2023's 元旦 starts on 2022-12-31).
  const inReach = (date: string) => Math.abs(daysBetween(`${year}-07-01`, date)) <= 200;
  const holidayDays = new Set<string>();
  optionalArray(input.holidays, `${at}.holidays`, problems).forEach((block, i) => {
    const where = `${at}.holidays[${i}]`;
    if (!isRecord(block)) return void problems.push(`${where}: 应为对象 / must be an object`);
    if (typeof block.name !== 'string' || block.name.trim() === '') problems.push(`${where}.name: 缺少节日名称 / name missing`);
    if (!isIsoDate(block.from) || !isIsoDate(block.to)) {
      return void problems.push(`${where}: from/to 应为 YYYY-MM-DD 日期 / from and to must be dates`);
    }
    const length = daysBetween(block.from, block.to) + 1;
    if (length < 1 || length > MAX_BLOCK_DAYS) {
      return void problems.push(`${where}: ${block.from} 至 ${block.to} 不是1至${MAX_BLOCK_DAYS}天的区间 / not a 1–${MAX_BLOCK_DAYS} day range`);
    }
    if (!inReach(block.from) || !inReach(block.to)) problems.push(`${where}: 日期不在 ${year} 年内 / dates outside ${year}`);
    for (let day = 0; day < length; day++) {
      const date = addDays(block.from, day);
      if (holidayDays.has(date)) problems.push(`${where}: ${date} 与其他假期重叠 / overlaps another block`);
      holidayDays.add(date);
    }
  });
  const makeUp = optionalArray(input.makeUpWorkingDays, `${at}.makeUpWorkingDays`, problems);
  const makeUpDates = checkDatedEntries(makeUp, `${at}.makeUpWorkingDays`, 'for', problems);
  for (const date of makeUpDates) {
    if (weekdayOf(date) < 6) problems.push(`${at}.makeUpWorkingDays: ${date} 不是周末，无需调休上班 / not a weekend day`);
    if (holidayDays.has(date)) problems.push(`${at}.makeUpWorkingDays: ${date} 同时是假期 / also a holiday`);
    if (!inReach(date)) problems.push(`${at}.makeUpWorkingDays: ${date} 不在 ${year} 年内 / outside ${year}`);
  }
}

/** Entries `{ date, <label> }`: checks each and returns the set of valid dates. */
function checkDatedEntries(entries: unknown[], at: string, label: string, problems: string[]): Set<string> {
  const dates = new Set<string>();
  entries.forEach((entry, i) => {
    const where = `${at}[${i}]`;
    if (!isRecord(entry)) return void problems.push(`${where}: 应为对象 / must be an object`);
    if (!isIsoDate(entry.date)) {
      return void problems.push(`${where}.date: 「${String(entry.date)}」不是有效日期 YYYY-MM-DD / not a valid date`);
    }
    const text = entry[label];
    if (typeof text !== 'string' || text.trim() === '') problems.push(`${where}.${label}: 不能为空 / must not be empty`);
    if (dates.has(entry.date)) problems.push(`${where}: ${entry.date} 重复 / duplicate date`);
    dates.add(entry.date);
  });
  return dates;
}

function optionalArray(value: unknown, at: string, problems: string[]): unknown[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  problems.push(`${at}: 应为数组 / must be an array`);
  return [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(problems: string[]): never {
  throw new CalendarError(CalendarErrorCode.InvalidOverrides, '日历配置无效 / invalid calendar overrides', problems);
}
