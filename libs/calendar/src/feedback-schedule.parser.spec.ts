import { describe, expect, it } from 'vitest';
import { CalendarErrorCode } from './calendar.exception.js';
import { parseFeedbackSchedule } from './feedback-schedule.parser.js';

describe('parseFeedbackSchedule', () => {
  it.each([
    ['yearly-dates:04-10,07-10,10-10,12-10', { kind: 'yearly-dates', dates: [{ month: 4, day: 10 }, { month: 7, day: 10 }, { month: 10, day: 10 }, { month: 12, day: 10 }] }],
    ['yearly:12-20', { kind: 'yearly-dates', dates: [{ month: 12, day: 20 }] }],
    ['yearly-dates:12-last, 06-30', { kind: 'yearly-dates', dates: [{ month: 6, day: 30 }, { month: 12, day: 'last' }] }],
    ['yearly:02-29', { kind: 'yearly-dates', dates: [{ month: 2, day: 29 }] }],
    ['monthly-days:15,10', { kind: 'monthly-days', days: [10, 15] }],
    ['monthly:last', { kind: 'monthly-days', days: ['last'] }],
    ['MONTHLY:5', { kind: 'monthly-days', days: [5] }],
    ['weekly:MON', { kind: 'weekly', weekdays: [1] }],
    ['weekly:fri, mon', { kind: 'weekly', weekdays: [1, 5] }],
    ['quarterly:25', { kind: 'quarterly', anchor: 'last-month', day: 25 }],
    ['quarterly:last', { kind: 'quarterly', anchor: 'last-month', day: 'last' }],
    ['quarterly:next-month-10', { kind: 'quarterly', anchor: 'next-month', day: 10 }],
  ])('%s', (text, expected) => {
    expect(parseFeedbackSchedule(text)).toEqual({ ...expected, text });
  });

  it.each([
    '',
    'monthly',
    'daily:1',
    'constructor:1',
    'monthly:32',
    'monthly:0',
    'monthly:10,15',
    'monthly-days:10,,15',
    'monthly-days:10,10',
    'yearly:02-30',
    'yearly:13-01',
    'yearly:4-10',
    'yearly:04-10,07-10',
    'weekly:MONDAY',
    'quarterly:next-month-32',
    'quarterly:1,15',
  ])('rejects %j with INVALID_SCHEDULE and shows examples', (text) => {
    expect(() => parseFeedbackSchedule(text)).toThrow(
      expect.objectContaining({ code: CalendarErrorCode.InvalidSchedule, message: expect.stringContaining('monthly-days:10,15') }),
    );
  });
});
