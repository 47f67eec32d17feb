import { describe, expect, it } from 'vitest';
import { CalendarError, CalendarErrorCode } from './calendar.exception.js';
import { validateYear } from './calendar-overrides.validator.js';
import { CHINA_HOLIDAYS_2020_2026 } from './holidays-2020-2026.data.js';
import { createWorkingCalendar } from './working-calendar.js';

const year2027 = {
  year: 2027,
  source: '国务院办公厅关于2027年部分节假日安排的通知（测试）',
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-05', to: '2027-02-12' },
  ],
  makeUpWorkingDays: [{ date: '2027-02-20', for: '春节' }],
};

function problemsOf(overrides: unknown): string[] {
  try {
    createWorkingCalendar(overrides);
  } catch (error) {
    expect(error).toBeInstanceOf(CalendarError);
    expect((error as CalendarError).code).toBe(CalendarErrorCode.InvalidOverrides);
    return (error as CalendarError).problems;
  }
  throw new Error('expected INVALID_OVERRIDES');
}

describe('createWorkingCalendar — strict questions about years without data', () => {
  const calendar = createWorkingCalendar();

  it('refuses to guess: isWorkingDay and isHoliday throw MISSING_HOLIDAY_DATA for 2027', () => {
    expect(() => calendar.isWorkingDay('2027-03-01')).toThrow(expect.objectContaining({ code: CalendarErrorCode.MissingHolidayData }));
    expect(() => calendar.isHoliday('2019-10-01')).toThrow(expect.objectContaining({ code: CalendarErrorCode.MissingHolidayData }));
  });

  it('dayInfo gives an estimate that says it is one', () => {
    expect(calendar.dayInfo('2027-03-01')).toEqual({ date: '2027-03-01', weekday: 1, kind: 'workday', working: true, estimated: true });
    expect(calendar.dayInfo('2026-10-10')).toEqual({
      date: '2026-10-10',
      weekday: 6,
      kind: 'make-up-workday',
      working: true,
      name: '国庆节',
      estimated: false,
    });
  });

  it('refuses an invalid date', () => {
    expect(() => calendar.dayInfo('2026-2-3')).toThrow(expect.objectContaining({ code: CalendarErrorCode.InvalidDate }));
  });
});

describe('createWorkingCalendar — tenant overrides', () => {
  it('an uploaded year gives data for that year', () => {
    const calendar = createWorkingCalendar({ years: [year2027] });
    expect(calendar.hasDataFor(2027)).toBe(true);
    expect(calendar.years()).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(calendar.isHoliday('2027-02-08')).toBe(true);
    expect(calendar.isWorkingDay('2027-02-20')).toBe(true);
    expect(calendar.isWorkingDay('2027-03-01')).toBe(true);
  });

  it('an uploaded year replaces the shipped data of that year', () => {
    const corrected = { year: 2026, source: 'correction', holidays: [{ name: '国庆节', from: '2026-10-01', to: '2026-10-03' }], makeUpWorkingDays: [] };
    const calendar = createWorkingCalendar({ years: [corrected] });
    expect(calendar.isHoliday('2026-10-05')).toBe(false);
    expect(calendar.isWorkingDay('2026-10-05')).toBe(true);
    expect(calendar.isHoliday('2026-02-16')).toBe(false); // shipped 春节 gone with the replaced year
  });

  it('extra holidays and working days of a tenant apply on top, without making a year "have data"', () => {
    const calendar = createWorkingCalendar({
      extraHolidays: [
        { date: '2026-03-16', name: '县庆' },
        { date: '2027-03-16', name: '县庆' },
      ],
      extraWorkingDays: [{ date: '2026-10-03', reason: '集中办公' }],
    });
    expect(calendar.dayInfo('2026-03-16')).toMatchObject({ kind: 'holiday', name: '县庆', working: false });
    expect(calendar.isWorkingDay('2026-10-03')).toBe(true);
    expect(calendar.hasDataFor(2027)).toBe(false);
    expect(calendar.dayInfo('2027-03-16')).toMatchObject({ kind: 'holiday', estimated: true });
    // other tenants are unaffected
    expect(createWorkingCalendar().isWorkingDay('2026-03-16')).toBe(true);
  });

  it('accepts nothing, null and an empty object', () => {
    expect(createWorkingCalendar(undefined).years()).toHaveLength(7);
    expect(createWorkingCalendar(null).years()).toHaveLength(7);
    expect(createWorkingCalendar({}).years()).toHaveLength(7);
    expect(createWorkingCalendar({ $schema: './calendar.schema.json', description: '本县无调整' }).years()).toHaveLength(7);
  });
});

describe('createWorkingCalendar — invalid overrides are refused with every problem listed', () => {
  it.each([
    ['not an object', [], 'overrides must be an object'],
    ['an unknown field', { extraHoliday: [] }, '未知字段「extraHoliday」'],
    ['a bad date', { extraHolidays: [{ date: '2026-02-30', name: 'x' }] }, 'extraHolidays[0].date'],
    ['a missing name', { extraHolidays: [{ date: '2026-03-16' }] }, 'extraHolidays[0].name'],
    ['a duplicate date', { extraHolidays: [{ date: '2026-03-16', name: 'a' }, { date: '2026-03-16', name: 'b' }] }, '重复'],
    [
      'a date that is both',
      { extraHolidays: [{ date: '2026-03-14', name: 'a' }], extraWorkingDays: [{ date: '2026-03-14', reason: 'b' }] },
      '同时列为节假日和工作日',
    ],
    ['an extra working day that already is one', { extraWorkingDays: [{ date: '2026-03-16', reason: 'x' }] }, '本来就是工作日'],
    ['a year given twice', { years: [year2027, year2027] }, '2027 年重复'],
    ['a year without source', { years: [{ ...year2027, source: '' }] }, 'years[0].source'],
    ['a bad year', { years: [{ ...year2027, year: 27 }] }, 'years[0].year'],
    ['a reversed block', { years: [{ ...year2027, holidays: [{ name: '春节', from: '2027-02-12', to: '2027-02-05' }] }] }, 'years[0].holidays[0]'],
    [
      'overlapping blocks',
      { years: [{ ...year2027, holidays: [...year2027.holidays, { name: 'x', from: '2027-02-12', to: '2027-02-13' }] }] },
      '重叠',
    ],
    ['a block in another year', { years: [{ ...year2027, holidays: [{ name: 'x', from: '2029-05-01', to: '2029-05-03' }] }] }, '不在 2027 年内'],
    ['a make-up weekday', { years: [{ ...year2027, makeUpWorkingDays: [{ date: '2027-02-22', for: '春节' }] }] }, '不是周末'],
    ['a make-up day inside a block', { years: [{ ...year2027, makeUpWorkingDays: [{ date: '2027-02-06', for: '春节' }] }] }, '同时是假期'],
    ['holidays that are not an array', { years: [{ ...year2027, holidays: {} }] }, 'years[0].holidays: 应为数组'],
  ])('%s', (_case, overrides, expected) => {
    expect(problemsOf(overrides).join('\n')).toContain(expected);
  });

  it('lists several problems at once', () => {
    const problems = problemsOf({ extraHolidays: [{ date: 'x', name: '' }], extraWorkingDays: [{ date: '2026-03-16', reason: '' }] });
    expect(problems.length).toBeGreaterThanOrEqual(2);
  });
});

describe('shipped data passes the same validation as an upload', () => {
  it.each(CHINA_HOLIDAYS_2020_2026.map((data) => [data.year, data] as const))('%i', (_year, data) => {
    const problems: string[] = [];
    validateYear(data, String(data.year), problems);
    expect(problems).toEqual([]);
  });
});
