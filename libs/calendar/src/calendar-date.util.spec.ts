import { describe, expect, it } from 'vitest';
import { CalendarErrorCode } from './calendar.exception.js';
import { addMonths, dateInChina, endOfDayInChina, endOfQuarter, parseIsoDate, weekdayOf } from './calendar-date.util.js';
import { isoWeek } from './feedback-occurrences.util.js';

describe('calendar dates', () => {
  it('parses only real YYYY-MM-DD dates', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of ['2025-02-29', '2026-13-01', '2026-1-1', '20260101', '2026-01-01T00:00:00Z', '']) {
      expect(() => parseIsoDate(bad), bad).toThrow(expect.objectContaining({ code: CalendarErrorCode.InvalidDate }));
    }
  });

  it('adds months with the last-day rule and across years', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
  });

  it('knows weekdays, quarter ends and ISO weeks', () => {
    expect(weekdayOf('2026-10-10')).toBe(6);
    expect(weekdayOf('2026-09-20')).toBe(7);
    expect(endOfQuarter('2026-11-05')).toBe('2026-12-31');
    expect(isoWeek('2026-01-01')).toBe('2026-W01');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
  });

  it('converts instants with China time (UTC+8), whatever the machine’s zone', () => {
    expect(dateInChina(Date.parse('2026-09-30T16:00:00Z'))).toBe('2026-10-01');
    expect(dateInChina(Date.parse('2026-09-30T15:59:59Z'))).toBe('2026-09-30');
    expect(endOfDayInChina('2026-10-10')).toBe('2026-10-10T23:59:59+08:00');
  });
});
