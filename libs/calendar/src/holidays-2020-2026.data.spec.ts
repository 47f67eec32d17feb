import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, weekdayOf } from './calendar-date.util.js';
import { createWorkingCalendar } from './working-calendar.js';

// An independent transcription of each notice, item by item, with the notice's own figures: the first and last day
// of the block and their weekday (周一 = 1 … 周日 = 7, where the notice states it), 共N天, and the make-up working
// days with the weekday the notice gives. The spec checks the notices' internal consistency (weekdays, day counts)
// and then EVERY day of 2020–2026 against them: holiday, make-up working day, or ordinary weekday/weekend.
type Item = [name: string, from: string, fromWeekday: number, to: string, toWeekday: number, days: number, makeUp: string[]];

const NOTICES: Record<number, Item[]> = {
  2020: [
    ['元旦', '2020-01-01', 3, '2020-01-01', 3, 1, []],
    // 1月24日至30日 (7 days), extended to 2月2日（星期日） by 国办发明电〔2020〕1号; 2月1日（星期六） no longer worked.
    ['春节', '2020-01-24', 5, '2020-02-02', 7, 10, ['2020-01-19 7']],
    ['清明节', '2020-04-04', 6, '2020-04-06', 1, 3, []],
    ['劳动节', '2020-05-01', 5, '2020-05-05', 2, 5, ['2020-04-26 7', '2020-05-09 6']],
    ['端午节', '2020-06-25', 4, '2020-06-27', 6, 3, ['2020-06-28 7']],
    ['国庆节、中秋节', '2020-10-01', 4, '2020-10-08', 4, 8, ['2020-09-27 7', '2020-10-10 6']],
  ],
  2021: [
    ['元旦', '2021-01-01', 5, '2021-01-03', 7, 3, []],
    ['春节', '2021-02-11', 4, '2021-02-17', 3, 7, ['2021-02-07 7', '2021-02-20 6']],
    ['清明节', '2021-04-03', 6, '2021-04-05', 1, 3, []],
    ['劳动节', '2021-05-01', 6, '2021-05-05', 3, 5, ['2021-04-25 7', '2021-05-08 6']],
    ['端午节', '2021-06-12', 6, '2021-06-14', 1, 3, []],
    ['中秋节', '2021-09-19', 7, '2021-09-21', 2, 3, ['2021-09-18 6']],
    ['国庆节', '2021-10-01', 5, '2021-10-07', 4, 7, ['2021-09-26 7', '2021-10-09 6']],
  ],
  2022: [
    ['元旦', '2022-01-01', 6, '2022-01-03', 1, 3, []],
    ['春节', '2022-01-31', 1, '2022-02-06', 7, 7, ['2022-01-29 6', '2022-01-30 7']],
    ['清明节', '2022-04-03', 7, '2022-04-05', 2, 3, ['2022-04-02 6']],
    ['劳动节', '2022-04-30', 6, '2022-05-04', 3, 5, ['2022-04-24 7', '2022-05-07 6']],
    ['端午节', '2022-06-03', 5, '2022-06-05', 7, 3, []],
    ['中秋节', '2022-09-10', 6, '2022-09-12', 1, 3, []],
    ['国庆节', '2022-10-01', 6, '2022-10-07', 5, 7, ['2022-10-08 6', '2022-10-09 7']],
  ],
  2023: [
    ['元旦', '2022-12-31', 6, '2023-01-02', 1, 3, []],
    ['春节', '2023-01-21', 6, '2023-01-27', 5, 7, ['2023-01-28 6', '2023-01-29 7']],
    ['清明节', '2023-04-05', 3, '2023-04-05', 3, 1, []],
    ['劳动节', '2023-04-29', 6, '2023-05-03', 3, 5, ['2023-04-23 7', '2023-05-06 6']],
    ['端午节', '2023-06-22', 4, '2023-06-24', 6, 3, ['2023-06-25 7']],
    ['中秋节、国庆节', '2023-09-29', 5, '2023-10-06', 5, 8, ['2023-10-07 6', '2023-10-08 7']],
  ],
  2024: [
    ['元旦', '2024-01-01', 1, '2024-01-01', 1, 1, []],
    ['春节', '2024-02-10', 6, '2024-02-17', 6, 8, ['2024-02-04 7', '2024-02-18 7']],
    ['清明节', '2024-04-04', 4, '2024-04-06', 6, 3, ['2024-04-07 7']],
    ['劳动节', '2024-05-01', 3, '2024-05-05', 7, 5, ['2024-04-28 7', '2024-05-11 6']],
    ['端午节', '2024-06-10', 1, '2024-06-10', 1, 1, []],
    ['中秋节', '2024-09-15', 7, '2024-09-17', 2, 3, ['2024-09-14 6']],
    ['国庆节', '2024-10-01', 2, '2024-10-07', 1, 7, ['2024-09-29 7', '2024-10-12 6']],
  ],
  2025: [
    ['元旦', '2025-01-01', 3, '2025-01-01', 3, 1, []],
    ['春节', '2025-01-28', 2, '2025-02-04', 2, 8, ['2025-01-26 7', '2025-02-08 6']],
    ['清明节', '2025-04-04', 5, '2025-04-06', 7, 3, []],
    ['劳动节', '2025-05-01', 4, '2025-05-05', 1, 5, ['2025-04-27 7']],
    ['端午节', '2025-05-31', 6, '2025-06-02', 1, 3, []],
    ['国庆节、中秋节', '2025-10-01', 3, '2025-10-08', 3, 8, ['2025-09-28 7', '2025-10-11 6']],
  ],
  2026: [
    ['元旦', '2026-01-01', 4, '2026-01-03', 6, 3, ['2026-01-04 7']],
    ['春节', '2026-02-15', 7, '2026-02-23', 1, 9, ['2026-02-14 6', '2026-02-28 6']],
    ['清明节', '2026-04-04', 6, '2026-04-06', 1, 3, []],
    ['劳动节', '2026-05-01', 5, '2026-05-05', 2, 5, ['2026-05-09 6']],
    ['端午节', '2026-06-19', 5, '2026-06-21', 7, 3, []],
    ['中秋节', '2026-09-25', 5, '2026-09-27', 7, 3, []],
    ['国庆节', '2026-10-01', 4, '2026-10-07', 3, 7, ['2026-09-20 7', '2026-10-10 6']],
  ],
};

const holidays = new Map<string, string>();
const makeUpDays = new Map<string, string>();
for (const items of Object.values(NOTICES)) {
  for (const [name, from, , to, , , makeUp] of items) {
    for (let date = from; date <= to; date = addDays(date, 1)) holidays.set(date, name);
    for (const entry of makeUp) makeUpDays.set(entry.slice(0, 10), name);
  }
}

describe('shipped holiday data 2020–2026', () => {
  const calendar = createWorkingCalendar();
  const items = Object.entries(NOTICES).flatMap(([year, list]) => list.map((item) => [Number(year), ...item] as const));

  it('covers exactly the years 2020–2026', () => {
    expect(calendar.years()).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(calendar.hasDataFor(2019)).toBe(false);
    expect(calendar.hasDataFor(2027)).toBe(false);
  });

  describe.each(items)('%i %s', (_year, name, from, fromWeekday, to, toWeekday, days, makeUp) => {
    it(`${from}..${to}: weekdays and day count as the notice states them`, () => {
      expect(weekdayOf(from)).toBe(fromWeekday);
      expect(weekdayOf(to)).toBe(toWeekday);
      expect(daysBetween(from, to) + 1).toBe(days);
    });

    it('every day of the block is a holiday and not a working day', () => {
      for (let date = from; date <= to; date = addDays(date, 1)) {
        expect(calendar.isHoliday(date), date).toBe(true);
        expect(calendar.isWorkingDay(date), date).toBe(false);
        expect(calendar.dayInfo(date)).toMatchObject({ kind: 'holiday', name, estimated: false });
      }
    });

    it.each(makeUp.map((entry) => [entry.slice(0, 10), Number(entry.slice(11))]))(
      'make-up working day %s (weekday %i) is a working day',
      (date, weekday) => {
        expect(weekdayOf(date)).toBe(weekday);
        expect(weekday).toBeGreaterThanOrEqual(6);
        expect(calendar.isWorkingDay(date)).toBe(true);
        expect(calendar.isHoliday(date)).toBe(false);
        expect(calendar.dayInfo(date)).toMatchObject({ kind: 'make-up-workday', name, working: true });
      },
    );

    it('the days around the block are ordinary unless the notice says otherwise', () => {
      for (const date of [addDays(from, -2), addDays(from, -1), addDays(to, 1), addDays(to, 2)]) {
        if (holidays.has(date) || makeUpDays.has(date)) continue;
        if (date < '2020-01-01') {
          expect(calendar.dayInfo(date).estimated).toBe(true); // 2019 ships no data
          continue;
        }
        const weekend = weekdayOf(date) >= 6;
        expect(calendar.isWorkingDay(date), date).toBe(!weekend);
        expect(calendar.dayInfo(date).kind, date).toBe(weekend ? 'weekend' : 'workday');
      }
    });
  });

  it('every day from 2020-01-01 to 2026-12-31 has exactly the status the notices give it', () => {
    let checked = 0;
    const mismatches: string[] = [];
    for (let date = '2020-01-01'; date <= '2026-12-31'; date = addDays(date, 1)) {
      const expected = holidays.has(date) ? false : makeUpDays.has(date) ? true : weekdayOf(date) < 6;
      if (calendar.isWorkingDay(date) !== expected || calendar.isHoliday(date) !== holidays.has(date)) mismatches.push(date);
      checked++;
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBe(2557);
  });

  it('spot checks that people remember', () => {
    expect(calendar.isWorkingDay('2020-02-01')).toBe(false); // make-up Saturday cancelled by the COVID extension
    expect(calendar.isWorkingDay('2020-02-03')).toBe(true); // work resumed on Monday
    expect(calendar.isWorkingDay('2024-02-09')).toBe(true); // 除夕 2024 was not a holiday
    expect(calendar.isHoliday('2025-01-28')).toBe(true); // 除夕 2025 is, after the 2024 revision
    expect(calendar.isWorkingDay('2023-12-30')).toBe(false); // ordinary weekend before 元旦 2024 "与周末连休"
    expect(calendar.isHoliday('2023-12-30')).toBe(false);
    expect(calendar.isHoliday('2022-12-31')).toBe(true); // 2023's 元旦 starts in 2022
  });
});
