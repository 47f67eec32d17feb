import { describe, expect, it } from 'vitest';
import { CalendarErrorCode } from './calendar.exception.js';
import { parseTimeLimit } from './time-limit.parser.js';

describe('parseTimeLimit', () => {
  it.each([
    ['7d', { kind: 'days', amount: 7 }],
    ['2w', { kind: 'days', amount: 14 }],
    ['5wd', { kind: 'working-days', amount: 5 }],
    [' 5WD ', { kind: 'working-days', amount: 5 }],
    ['1m', { kind: 'months', amount: 1 }],
    ['1y', { kind: 'months', amount: 12 }],
    ['30天', { kind: 'days', amount: 30 }],
    ['5个工作日', { kind: 'working-days', amount: 5 }],
    ['1个月', { kind: 'months', amount: 1 }],
    ['next-day', { kind: 'next-day' }],
    ['次日', { kind: 'next-day' }],
    ['end-of-month', { kind: 'end-of-month' }],
    ['end-of-quarter', { kind: 'end-of-quarter' }],
    ['季末', { kind: 'end-of-quarter' }],
    ['end-of-year', { kind: 'end-of-year' }],
    ['immediately', { kind: 'immediately' }],
    ['立即', { kind: 'immediately' }],
  ])('%j', (text, expected) => {
    expect(parseTimeLimit(text)).toEqual({ ...expected, text });
  });

  it.each(['', '5', '0d', '-1d', '1.5d', '7 days', 'd7', '5wdd', '4000d', 'tomorrow', 'constructor', '1constructor', 'P7D'])(
    'rejects %j with INVALID_TIME_LIMIT and lists the notation',
    (text) => {
      expect(() => parseTimeLimit(text)).toThrow(
        expect.objectContaining({ code: CalendarErrorCode.InvalidTimeLimit, message: expect.stringContaining('5wd') }),
      );
    },
  );

  it('rejects a value that is not text', () => {
    expect(() => parseTimeLimit(7 as never)).toThrow(expect.objectContaining({ code: CalendarErrorCode.InvalidTimeLimit }));
  });
});
