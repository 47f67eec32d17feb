import { createWorkingCalendar, isCalendarError } from '@duban/calendar';
import { describe, expect, it } from 'vitest';
import { calendarProblemFields } from './calendar-problems.util.js';

function problemsOf(overrides: unknown): string[] {
  try {
    createWorkingCalendar(overrides);
  } catch (error) {
    if (isCalendarError(error)) return error.problems;
    throw error;
  }
  throw new Error('expected the overrides to be refused');
}

describe('calendarProblemFields', () => {
  it('puts each of the validator problems under the entry it names', () => {
    const problems = problemsOf({
      years: [{ year: 2027, source: '', holidays: [{ name: '元旦', from: '2027-01-03', to: '2027-01-01' }], makeUpWorkingDays: [] }],
      extraWorkingDays: [{ date: 'soon', reason: '加班' }],
      colour: 'red',
    });
    const fields = calendarProblemFields(problems);
    expect(Object.keys(fields).sort()).toEqual(['extraWorkingDays[0].date', 'overrides', 'years[0].holidays[0]', 'years[0].source']);
    expect(fields['overrides'][0]).toContain('colour');
    expect(fields['years[0].holidays[0]'][0]).toContain('2027-01-03 至 2027-01-01');
  });

  it('keeps the whole-calendar checks (an extra working day that already is one)', () => {
    const fields = calendarProblemFields(problemsOf({ extraWorkingDays: [{ date: '2026-03-02', reason: '加班' }] }));
    expect(fields).toEqual({ extraWorkingDays: ['2026-03-02 本来就是工作日 / already a working day'] });
  });
});
