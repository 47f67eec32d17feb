import { createWorkingCalendar, deadlineStatus, endOfDayInChina, addDays } from '@duban/calendar';
import { describe, expect, it } from 'vitest';
import { lightBounds, lightOf } from './light-bounds.util.js';

const calendar = createWorkingCalendar();

describe('lightBounds', () => {
  it('agrees with libs/calendar deadlineStatus for every due day around National Day 2026', () => {
    // Mon 2026-09-28, 10:00 in China; 10-01…10-07 are holidays, 10-10 (Sat) a make-up working day.
    const now = Date.parse('2026-09-28T10:00:00+08:00');
    const bounds = lightBounds(now, calendar, 3);
    expect(bounds.today).toBe('2026-09-28');
    for (let i = -3; i < 20; i++) {
      const due = addDays('2026-09-28', i);
      const expected = deadlineStatus(due, '2026-09-28', calendar, { warnWithinWorkingDays: 3 }).light;
      expect(lightOf(new Date(endOfDayInChina(due)), bounds), due).toBe(expected);
    }
    // 09-29, 09-30, 10-08 are the three working days: 10-09 is the first green day.
    expect(bounds.yellowBefore.toISOString()).toBe(new Date('2026-10-09T00:00:00+08:00').toISOString());
  });

  it('uses the tenant threshold and has no light without a due date', () => {
    const bounds = lightBounds(Date.parse('2026-03-02T09:00:00+08:00'), calendar, 0);
    expect(lightOf(new Date('2026-03-02T23:59:59+08:00'), bounds)).toBe('yellow');
    expect(lightOf(new Date('2026-03-03T23:59:59+08:00'), bounds)).toBe('green');
    expect(lightOf(new Date('2026-03-01T23:59:59+08:00'), bounds)).toBe('red');
    expect(lightOf(null, bounds)).toBeNull();
  });
});
