import { describe, expect, it } from 'vitest';
import { CalendarErrorCode } from './calendar.exception.js';
import { computeDeadline } from './deadline.util.js';
import { createWorkingCalendar } from './working-calendar.js';
import { deadlineStatus, isOverdue, workingDaysBetween } from './working-days.util.js';

const calendar = createWorkingCalendar();

describe('workingDaysBetween', () => {
  it('counts working days after the first date up to and including the second', () => {
    expect(workingDaysBetween('2026-03-02', '2026-03-02', calendar).days).toBe(0);
    expect(workingDaysBetween('2026-03-02', '2026-03-09', calendar).days).toBe(5);
    // National Day 2026: Sep 28 (Mon) → Oct 10 (make-up Sat): 29, 30, Oct 8, 9, 10.
    expect(workingDaysBetween('2026-09-28', '2026-10-10', calendar).days).toBe(5);
    expect(workingDaysBetween('2026-10-10', '2026-09-28', calendar).days).toBe(-5);
  });

  it('agrees with Nwd deadlines', () => {
    for (const start of ['2026-01-30', '2026-02-12', '2026-09-18', '2026-12-01']) {
      const { due } = computeDeadline(start, '7wd', calendar);
      expect(workingDaysBetween(start, due, calendar).days, start).toBe(7);
    }
  });

  it('flags a span reaching into a year without data', () => {
    expect(workingDaysBetween('2026-12-28', '2027-01-08', calendar)).toMatchObject({ flagged: true, missingYears: [2027] });
    expect(workingDaysBetween('2026-12-01', '2026-12-31', calendar)).toMatchObject({ flagged: false, days: 22 }) // Dec 2–31: 22 weekdays;
  });

  it('refuses a span longer than ten years', () => {
    expect(() => workingDaysBetween('2000-01-01', '2026-01-01', calendar)).toThrow(
      expect.objectContaining({ code: CalendarErrorCode.InvalidRange }),
    );
  });
});

describe('isOverdue', () => {
  it('is overdue only after the due date', () => {
    expect(isOverdue('2026-10-10', '2026-10-09')).toBe(false);
    expect(isOverdue('2026-10-10', '2026-10-10')).toBe(false);
    expect(isOverdue('2026-10-10', '2026-10-11')).toBe(true);
    expect(() => isOverdue('2026-10-32', '2026-10-11')).toThrow(expect.objectContaining({ code: CalendarErrorCode.InvalidDate }));
  });
});

describe('deadlineStatus — the red/yellow/green light', () => {
  it.each([
    ['2026-03-13', '2026-03-06', 'green', 5], // Friday a week ahead
    ['2026-03-13', '2026-03-09', 'green', 4],
    ['2026-03-13', '2026-03-10', 'yellow', 3], // within 3 working days
    ['2026-03-13', '2026-03-13', 'yellow', 0], // due today: still on time
    ['2026-03-13', '2026-03-14', 'red', -1], // Saturday after a Friday due date: late although no working day passed
    ['2026-03-13', '2026-03-17', 'red', -2],
    ['2026-10-08', '2026-09-29', 'yellow', 2], // Sep 30, Oct 8: the holiday in between does not count
    ['2026-10-09', '2026-09-29', 'yellow', 3],
    ['2026-10-10', '2026-09-29', 'green', 4], // make-up Saturday counts
  ])('due %s, today %s → %s (%i working days left)', (due, today, light, remaining) => {
    expect(deadlineStatus(due, today, calendar)).toMatchObject({ light, workingDaysRemaining: remaining, overdue: light === 'red' });
  });

  it('takes another warning threshold and refuses a bad one', () => {
    expect(deadlineStatus('2026-03-13', '2026-03-06', calendar, { warnWithinWorkingDays: 5 }).light).toBe('yellow');
    expect(() => deadlineStatus('2026-03-13', '2026-03-06', calendar, { warnWithinWorkingDays: -1 })).toThrow(
      expect.objectContaining({ code: CalendarErrorCode.InvalidRange }),
    );
  });

  it('is flagged when the due date lies in a year without data', () => {
    expect(deadlineStatus('2027-01-20', '2026-12-20', calendar)).toMatchObject({ light: 'green', flagged: true, missingYears: [2027] });
  });
});
