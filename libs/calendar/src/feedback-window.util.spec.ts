import { describe, expect, it } from 'vitest';
import { CalendarErrorCode } from './calendar.exception.js';
import { feedbackDueDates, nextFeedbackDue } from './feedback-window.util.js';
import { createWorkingCalendar } from './working-calendar.js';

const calendar = createWorkingCalendar();
const dues = (list: { due: string }[]) => list.map((entry) => entry.due);

describe('fixed dates each year (政府工作报告: April 10, July 10, October 10, December 10)', () => {
  const schedule = 'yearly-dates:04-10,07-10,10-10,12-10';

  it('2026: October 10 is a make-up Saturday, so every date stands', () => {
    const list = feedbackDueDates(schedule, '2026-01-01', '2026-12-31', calendar);
    expect(dues(list)).toEqual(['2026-04-10', '2026-07-10', '2026-10-10', '2026-12-10']);
    expect(list.every((entry) => !entry.flagged && entry.due === entry.nominal && entry.period === entry.nominal)).toBe(true);
  });

  it('2021: weekend dates follow the holiday rule', () => {
    const range = ['2021-01-01', '2021-12-31'] as const;
    expect(dues(feedbackDueDates(schedule, ...range, calendar, 'next-working-day'))).toEqual([
      '2021-04-12',
      '2021-07-12',
      '2021-10-11',
      '2021-12-10',
    ]);
    // Backwards, October 10 (Sunday) lands on Saturday October 9 — a make-up working day of 国庆节 2021.
    expect(dues(feedbackDueDates(schedule, ...range, calendar, 'previous-working-day'))).toEqual([
      '2021-04-09',
      '2021-07-09',
      '2021-10-09',
      '2021-12-10',
    ]);
    expect(dues(feedbackDueDates(schedule, ...range, calendar, 'keep'))).toEqual([
      '2021-04-10',
      '2021-07-10',
      '2021-10-10',
      '2021-12-10',
    ]);
  });
});

describe('days of each month (十件实事: the 10th and the 15th)', () => {
  it('2026 has 24 reports; weekend and 春节 dates move', () => {
    const list = feedbackDueDates('monthly-days:10,15', '2026-01-01', '2026-12-31', calendar);
    expect(list).toHaveLength(24);
    expect(dues(list.slice(0, 4))).toEqual(['2026-01-12', '2026-01-15', '2026-02-10', '2026-02-24']);
    expect(list[3]).toMatchObject({ nominal: '2026-02-15', period: '2026-02-15', flagged: false });
  });

  it('backwards, 春节’s February 15 lands on the make-up Saturday February 14', () => {
    const list = feedbackDueDates('monthly-days:10,15', '2026-02-01', '2026-02-28', calendar, 'previous-working-day');
    expect(dues(list)).toEqual(['2026-02-10', '2026-02-14']);
  });

  it('monthly:last falls on each month’s last day, moved when needed', () => {
    const list = feedbackDueDates('monthly:last', '2026-01-01', '2026-06-30', calendar);
    expect(list.map((entry) => [entry.nominal, entry.due])).toEqual([
      ['2026-01-31', '2026-02-02'],
      ['2026-02-28', '2026-02-28'], // make-up Saturday
      ['2026-03-31', '2026-03-31'],
      ['2026-04-30', '2026-04-30'],
      ['2026-05-31', '2026-06-01'],
      ['2026-06-30', '2026-06-30'],
    ]);
  });
});

describe('weekly, quarterly and yearly cycles', () => {
  it('weekly:MON in October 2026: the holiday Monday moves to Thursday October 8', () => {
    const list = feedbackDueDates('weekly:MON', '2026-10-01', '2026-10-31', calendar);
    expect(list.map((entry) => [entry.period, entry.due])).toEqual([
      ['2026-W41', '2026-10-08'],
      ['2026-W42', '2026-10-12'],
      ['2026-W43', '2026-10-19'],
      ['2026-W44', '2026-10-26'],
    ]);
  });

  it('quarterly:25 — day 25 of the quarter’s last month; 中秋节 September 25 moves to Monday', () => {
    const list = feedbackDueDates('quarterly:25', '2026-01-01', '2026-12-31', calendar);
    expect(list.map((entry) => [entry.period, entry.due])).toEqual([
      ['2026-Q1', '2026-03-25'],
      ['2026-Q2', '2026-06-25'],
      ['2026-Q3', '2026-09-28'],
      ['2026-Q4', '2026-12-25'],
    ]);
  });

  it('yearly:12-20 — a Sunday in 2026 moves to Monday', () => {
    expect(dues(feedbackDueDates('yearly:12-20', '2026-01-01', '2026-12-31', calendar))).toEqual(['2026-12-21']);
  });
});

describe('across the year boundary', () => {
  const schedule = 'quarterly:next-month-10';

  it('the Q4 2026 report falls on January 10 2027 and is flagged: 2027 has no holiday data', () => {
    const list = feedbackDueDates(schedule, '2026-10-01', '2027-01-31', calendar);
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({ period: '2026-Q3', nominal: '2026-10-10', due: '2026-10-10', flagged: false });
    expect(list[1]).toMatchObject({ period: '2026-Q4', nominal: '2027-01-10', due: '2027-01-11', flagged: true, missingYears: [2027] });
    expect(list[1].flagReason?.zh).toContain('2027');
  });

  it('the Q4 2025 report is found when the range starts in January 2026', () => {
    const list = feedbackDueDates(schedule, '2026-01-01', '2026-01-31', calendar);
    expect(list).toEqual([expect.objectContaining({ period: '2025-Q4', due: '2026-01-12', flagged: false })]);
  });

  it('nextFeedbackDue after the Q3 report gives the flagged Q4 report in January 2027', () => {
    expect(nextFeedbackDue(schedule, '2026-10-10', calendar)).toMatchObject({ period: '2026-Q4', due: '2027-01-11', flagged: true });
  });

  it('with 2027 uploaded the same report is computed from the data and not flagged', () => {
    const withData = createWorkingCalendar({
      years: [{ year: 2027, source: 'test notice', holidays: [{ name: '测试假', from: '2027-01-11', to: '2027-01-12' }], makeUpWorkingDays: [] }],
    });
    expect(nextFeedbackDue(schedule, '2026-10-10', withData)).toMatchObject({ due: '2027-01-13', flagged: false });
  });

  it('the keep rule never needs holiday data, so it is not flagged', () => {
    expect(nextFeedbackDue(schedule, '2026-10-10', calendar, 'keep')).toMatchObject({ due: '2027-01-10', flagged: false });
  });
});

describe('nextFeedbackDue', () => {
  it('is strictly after the given day, and sees a date moved backwards onto that window', () => {
    expect(nextFeedbackDue('monthly-days:10,15', '2026-02-13', calendar, 'previous-working-day')).toMatchObject({
      nominal: '2026-02-15',
      due: '2026-02-14',
    });
    expect(nextFeedbackDue('monthly-days:10,15', '2026-02-14', calendar, 'previous-working-day').due).toBe('2026-03-10');
    expect(nextFeedbackDue('monthly-days:10,15', '2026-03-10', calendar).due).toBe('2026-03-16'); // Mar 15 is a Sunday
  });

  it('finds a yearly date almost a year ahead', () => {
    expect(nextFeedbackDue('yearly:12-20', '2025-12-22', calendar)).toMatchObject({ nominal: '2026-12-20', due: '2026-12-21' });
  });
});

describe('bad input', () => {
  it('refuses a reversed or overlong range, an unknown rule and a bad schedule', () => {
    const code = (value: CalendarErrorCode) => expect.objectContaining({ code: value });
    expect(() => feedbackDueDates('monthly:10', '2026-12-31', '2026-01-01', calendar)).toThrow(code(CalendarErrorCode.InvalidRange));
    expect(() => feedbackDueDates('weekly:MON', '2000-01-01', '2026-01-01', calendar)).toThrow(code(CalendarErrorCode.InvalidRange));
    expect(() => feedbackDueDates('monthly:10', '2026-01-01', '2026-12-31', calendar, 'later' as never)).toThrow(
      code(CalendarErrorCode.InvalidSchedule),
    );
    expect(() => nextFeedbackDue('fortnightly:1', '2026-01-01', calendar)).toThrow(code(CalendarErrorCode.InvalidSchedule));
    expect(() => nextFeedbackDue('monthly:10', '2026-13-01', calendar)).toThrow(code(CalendarErrorCode.InvalidDate));
  });
});
