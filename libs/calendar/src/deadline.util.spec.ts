import { describe, expect, it } from 'vitest';
import { CalendarErrorCode } from './calendar.exception.js';
import { computeDeadline } from './deadline.util.js';
import { parseTimeLimit } from './time-limit.parser.js';
import { createWorkingCalendar } from './working-calendar.js';

const calendar = createWorkingCalendar();
const due = (start: string, limit: string) => computeDeadline(start, limit, calendar);

describe('computeDeadline — 民法典 Art. 201: counting starts the next day', () => {
  it.each([
    ['2026-03-02', '1d', '2026-03-03'], // Monday + 1 day = Tuesday, the start day not counted
    ['2026-03-02', '7d', '2026-03-09'],
    ['2026-03-02', '2w', '2026-03-16'],
    ['2026-03-09', '10d', '2026-03-19'],
  ])('%s + %s → %s', (start, limit, expected) => {
    expect(due(start, limit)).toMatchObject({ due: expected, nominalDue: expected, moved: false, flagged: false });
  });
});

describe('computeDeadline — Art. 202: months end on the corresponding day, or the month’s last day', () => {
  it.each([
    ['2025-01-31', '1m', '2025-02-28'], // no Feb 31 → last day of February (Friday)
    ['2024-01-31', '1m', '2024-02-29'], // leap year
    ['2026-03-31', '1m', '2026-04-30'],
    ['2026-08-31', '1m', '2026-09-30'],
    ['2026-03-10', '3m', '2026-06-10'],
    ['2024-02-29', '1y', '2025-02-28'],
  ])('%s + %s → %s', (start, limit, expected) => {
    expect(due(start, limit)).toMatchObject({ due: expected, nominalDue: expected, moved: false });
  });

  it('Jan 31 2026 + 1m ends on Saturday Feb 28, a make-up working day, so it does not move', () => {
    expect(due('2026-01-31', '1m')).toMatchObject({ nominalDue: '2026-02-28', due: '2026-02-28', moved: false });
  });
});

describe('computeDeadline — Art. 203: a last day on a holiday moves to the next working day', () => {
  it('a weekend last day moves to Monday', () => {
    expect(due('2026-03-05', '2d')).toMatchObject({ nominalDue: '2026-03-07', due: '2026-03-09', moved: true });
  });

  it('a last day inside the National Day holiday moves past the whole block', () => {
    expect(due('2026-09-24', '7d')).toMatchObject({ nominalDue: '2026-10-01', due: '2026-10-08', moved: true });
  });

  it('a month limit ending on 劳动节 moves to the first day after it', () => {
    expect(due('2026-04-01', '1m')).toMatchObject({ nominalDue: '2026-05-01', due: '2026-05-06', moved: true });
  });

  it('a month limit ending in 春节 2026 moves to the Tuesday after it', () => {
    expect(due('2026-01-15', '1m')).toMatchObject({ nominalDue: '2026-02-15', due: '2026-02-24', moved: true });
  });

  it('a last day on a make-up Saturday stays: people work that day', () => {
    expect(due('2026-10-03', '7d')).toMatchObject({ nominalDue: '2026-10-10', due: '2026-10-10', moved: false });
  });
});

describe('computeDeadline — working days', () => {
  it('2026-09-28 + 5wd skips the National Day holiday and counts its make-up Saturday', () => {
    // Tue 09-29 (1), Wed 09-30 (2), 10-01..10-07 holiday, Thu 10-08 (3), Fri 10-09 (4), Sat 10-10 make-up (5).
    expect(due('2026-09-28', '5wd')).toMatchObject({ due: '2026-10-10', moved: false, flagged: false });
  });

  it('counts the make-up Sunday before the holiday too', () => {
    // Fri 09-18 + 1wd: Sat 09-19 is a weekend, Sun 09-20 is a make-up working day.
    expect(due('2026-09-18', '1wd').due).toBe('2026-09-20');
  });

  it('a working-day limit started on a holiday counts from the first working day after it', () => {
    expect(due('2026-02-16', '1wd').due).toBe('2026-02-24');
  });

  it('5wd over an ordinary weekend is a calendar week', () => {
    expect(due('2026-03-02', '5wd').due).toBe('2026-03-09');
  });
});

describe('computeDeadline — keywords', () => {
  it.each([
    ['2026-03-04', 'immediately', '2026-03-04'],
    ['2026-03-08', 'immediately', '2026-03-09'], // Sunday → Monday
    ['2026-03-04', 'next-day', '2026-03-05'],
    ['2026-03-06', 'next-day', '2026-03-09'], // Friday → Saturday → Monday
    ['2026-09-30', '次日', '2026-10-08'],
    ['2026-03-10', 'end-of-month', '2026-03-31'],
    ['2026-05-20', 'end-of-month', '2026-06-01'], // May 31 2026 is a Sunday
    ['2026-01-31', 'end-of-month', '2026-02-28'], // counting starts Feb 1; Feb 28 is a make-up Saturday
    ['2026-08-10', 'end-of-quarter', '2026-09-30'],
    ['2026-03-31', 'end-of-quarter', '2026-06-30'],
    ['2026-03-01', 'end-of-year', '2026-12-31'],
  ])('%s + %s → %s', (start, limit, expected) => {
    expect(due(start, limit)).toMatchObject({ due: expected, flagged: false });
  });
});

describe('computeDeadline — a year without holiday data is flagged, never silently guessed', () => {
  it('a limit reaching into 2027 is flagged with the year and a reason in Chinese and English', () => {
    const result = due('2026-12-20', '30d');
    expect(result).toMatchObject({ due: '2027-01-19', flagged: true, missingYears: [2027] });
    expect(result.flagReason?.zh).toContain('2027');
    expect(result.flagReason?.en).toContain('2027');
  });

  it('even one day into 2027 is flagged (Jan 1 2027 is surely a holiday, but there is no notice yet)', () => {
    expect(due('2026-12-31', '1d')).toMatchObject({ due: '2027-01-01', flagged: true, missingYears: [2027] });
    expect(due('2026-12-30', '1d')).toMatchObject({ due: '2026-12-31', flagged: false, missingYears: [] });
  });

  it('working days, months and end-of-year limits are flagged too', () => {
    expect(due('2026-12-25', '10wd')).toMatchObject({ flagged: true, missingYears: [2027] });
    expect(due('2026-11-30', '2m')).toMatchObject({ nominalDue: '2027-01-30', due: '2027-02-01', flagged: true });
    expect(due('2026-12-31', 'end-of-year')).toMatchObject({ due: '2027-12-31', flagged: true });
    expect(due('2019-12-20', '5d')).toMatchObject({ flagged: true, missingYears: [2019] });
  });

  it('once an administrator uploads 2027 the same limit is computed from it and not flagged', () => {
    const withData = createWorkingCalendar({
      years: [
        {
          year: 2027,
          source: 'test notice',
          holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }],
          makeUpWorkingDays: [],
        },
      ],
    });
    expect(computeDeadline('2026-12-31', '1d', withData)).toMatchObject({
      nominalDue: '2027-01-01',
      due: '2027-01-04',
      moved: true,
      flagged: false,
    });
  });
});

describe('computeDeadline — bad input', () => {
  it('refuses an invalid start date, an unknown limit and an impossible amount', () => {
    expect(() => due('2026-02-30', '7d')).toThrow(expect.objectContaining({ code: CalendarErrorCode.InvalidDate }));
    expect(() => due('2026-03-01', 'seven days')).toThrow(expect.objectContaining({ code: CalendarErrorCode.InvalidTimeLimit }));
    const zero = { kind: 'days', amount: 0, text: '0d' } as const;
    expect(() => computeDeadline('2026-03-01', zero, calendar)).toThrow(
      expect.objectContaining({ code: CalendarErrorCode.InvalidTimeLimit }),
    );
  });

  it('accepts a parsed limit the same as its text', () => {
    expect(computeDeadline('2026-09-28', parseTimeLimit('5wd'), calendar)).toEqual(due('2026-09-28', '5wd'));
  });
});
