import { describe, expect, it } from 'vitest';
import { parseTimer } from './timer-definition.js';
import { TimerDefinitionError } from './timer-definition-error.js';

const at = (iso: string) => Date.parse(iso);
const iso = (millis: number | undefined) => (millis === undefined ? undefined : new Date(millis).toISOString());
const NOW = at('2026-01-31T10:00:00Z'); // a Saturday

describe('timeDuration', () => {
  it.each([
    ['PT1H', '2026-01-31T11:00:00.000Z'],
    ['PT90M', '2026-01-31T11:30:00.000Z'],
    ['PT0.5S', '2026-01-31T10:00:00.500Z'],
    ['PT1,5S', '2026-01-31T10:00:01.500Z'],
    ['-PT5M', '2026-01-31T09:55:00.000Z'],
    ['P1DT2H', '2026-02-01T12:00:00.000Z'],
    ['P2W', '2026-02-14T10:00:00.000Z'],
    // calendar months clamp to the last day, like java.time
    ['P1M', '2026-02-28T10:00:00.000Z'],
    ['P1Y', '2027-01-31T10:00:00.000Z'],
    [' PT10M ', '2026-01-31T10:10:00.000Z'],
  ])('%s from %s', (value, expected) => {
    const schedule = parseTimer('timeDuration', value);
    expect(iso(schedule.firstDue(NOW))).toBe(expected);
    expect(schedule.repetitions).toBe(1);
    expect(schedule.nextDue(schedule.firstDue(NOW), 1)).toBeUndefined();
  });

  it('adds days in the configured zone, across a DST change', () => {
    const beforeDst = at('2026-03-28T12:00:00Z'); // Europe/Berlin moves to summer time on 29 March
    expect(iso(parseTimer('timeDuration', 'P1D', { zone: 'Europe/Berlin' }).firstDue(beforeDst))).toBe(
      '2026-03-29T11:00:00.000Z',
    );
    expect(iso(parseTimer('timeDuration', 'PT24H', { zone: 'Europe/Berlin' }).firstDue(beforeDst))).toBe(
      '2026-03-29T12:00:00.000Z',
    );
  });
});

describe('timeDate', () => {
  it.each([
    ['2026-10-08T09:00:00+08:00', '2026-10-08T01:00:00.000Z'],
    ['2026-10-08T09:00:00Z', '2026-10-08T09:00:00.000Z'],
    ['2026-10-08T09:00+08:00', '2026-10-08T01:00:00.000Z'],
    ['2026-10-08T09:00:00.250+08:00', '2026-10-08T01:00:00.250Z'],
    ['2026-10-08T09:00:00+08:00[Asia/Shanghai]', '2026-10-08T01:00:00.000Z'],
    ['2026-10-08T09:00:00[Asia/Shanghai]', '2026-10-08T01:00:00.000Z'],
    // the offset fixes the instant even when it disagrees with the zone, as in java.time
    ['2026-10-08T09:00:00+01:00[Asia/Shanghai]', '2026-10-08T08:00:00.000Z'],
    // no zone: read in UTC (Zeebe: the broker's default zone)
    ['2026-10-08T09:00:00', '2026-10-08T09:00:00.000Z'],
  ])('%s', (value, expected) => {
    const schedule = parseTimer('timeDate', value);
    expect(iso(schedule.firstDue(NOW))).toBe(expected);
    expect(schedule.nextDue(schedule.firstDue(NOW), 1)).toBeUndefined();
  });

  it('reads a value without zone in the configured zone', () => {
    expect(iso(parseTimer('timeDate', '2026-10-08T09:00:00', { zone: 'Asia/Shanghai' }).firstDue(NOW))).toBe(
      '2026-10-08T01:00:00.000Z',
    );
  });

  it('keeps a past date, which the scheduler fires at once', () => {
    expect(parseTimer('timeDate', '2020-01-01T00:00:00Z').firstDue(NOW)).toBe(at('2020-01-01T00:00:00Z'));
  });
});

describe('timeCycle with repeating intervals', () => {
  it('R3/PT10M fires three times, ten minutes apart', () => {
    const schedule = parseTimer('timeCycle', 'R3/PT10M');
    const first = schedule.firstDue(NOW);
    const second = schedule.nextDue(first, 1);
    const third = schedule.nextDue(second!, 2);
    expect([first, second, third].map(iso)).toEqual([
      '2026-01-31T10:10:00.000Z',
      '2026-01-31T10:20:00.000Z',
      '2026-01-31T10:30:00.000Z',
    ]);
    expect(schedule.nextDue(third!, 3)).toBeUndefined();
    expect(schedule.repetitions).toBe(3);
  });

  it('R/PT1H repeats for ever', () => {
    const schedule = parseTimer('timeCycle', 'R/PT1H');
    expect(schedule.repetitions).toBe(Infinity);
    expect(iso(schedule.nextDue(at('2026-01-31T11:00:00Z'), 10_000))).toBe('2026-01-31T12:00:00.000Z');
  });

  it('R1 and R0 fire once', () => {
    expect(parseTimer('timeCycle', 'R1/PT1M').nextDue(NOW, 1)).toBeUndefined();
    expect(parseTimer('timeCycle', 'R0/PT1M').nextDue(NOW, 1)).toBeUndefined();
  });

  it('starts at the given start date, then repeats from it', () => {
    const schedule = parseTimer('timeCycle', 'R/2026-02-01T00:00:00Z/P1D');
    const first = schedule.firstDue(NOW);
    expect(iso(first)).toBe('2026-02-01T00:00:00.000Z');
    expect(iso(schedule.nextDue(first, 1))).toBe('2026-02-02T00:00:00.000Z');
  });

  it('fires at once when the start has passed', () => {
    expect(parseTimer('timeCycle', 'R5/2026-01-01T00:00:00Z/P1D').firstDue(NOW)).toBe(NOW);
  });

  it('uses the zone of the start for calendar steps', () => {
    const schedule = parseTimer('timeCycle', 'R/2026-03-28T09:00:00+01:00[Europe/Berlin]/P1D');
    const first = schedule.firstDue(at('2026-03-01T00:00:00Z'));
    expect(iso(schedule.nextDue(first, 1))).toBe('2026-03-29T07:00:00.000Z'); // still 09:00 in Berlin
  });

  it('re-anchors an overdue occurrence on now instead of firing a burst', () => {
    const schedule = parseTimer('timeCycle', 'R/PT1H');
    const lateNow = at('2026-01-31T15:30:00Z');
    expect(iso(schedule.nextDue(at('2026-01-31T11:00:00Z'), 1, lateNow))).toBe('2026-01-31T16:30:00.000Z');
  });
});

describe('timeCycle with cron', () => {
  it('0 0 9 * * MON-FRI fires on working days at nine, UTC by default', () => {
    const schedule = parseTimer('timeCycle', '0 0 9 * * MON-FRI');
    const first = schedule.firstDue(NOW);
    expect(iso(first)).toBe('2026-02-02T09:00:00.000Z');
    const second = schedule.nextDue(first, 1)!;
    expect(iso(second)).toBe('2026-02-03T09:00:00.000Z');
    expect(schedule.repetitions).toBe(Infinity);
  });

  it('reads cron fields in the configured zone', () => {
    const schedule = parseTimer('timeCycle', '0 0 9 * * MON-FRI', { zone: 'Asia/Shanghai' });
    expect(iso(schedule.firstDue(NOW))).toBe('2026-02-02T01:00:00.000Z');
  });

  it.each([
    ['0 */15 * * * *', '2026-01-31T10:15:00.000Z'],
    ['0 0 0 L * *', '2026-01-31T00:00:00.000Z'],
    ['0 0 0 1 * ?', '2026-02-01T00:00:00.000Z'],
    ['0 0 12 * * 5L', '2026-02-27T12:00:00.000Z'],
    ['0 0 12 ? * MON#1', '2026-02-02T12:00:00.000Z'],
    ['0 0/30 8-10 * * *', '2026-01-31T10:30:00.000Z'],
    ['0 0 0 * * THUL', '2026-02-26T00:00:00.000Z'],
    ['0 0 0 LW * *', '2026-02-27T00:00:00.000Z'],
    ['0 0 0 25 DEC ?', '2026-12-25T00:00:00.000Z'],
    ['@daily', '2026-02-01T00:00:00.000Z'],
    ['@hourly', '2026-01-31T11:00:00.000Z'],
    // Spring: day-of-month AND day-of-week; the first 1st that is a Monday after 31 Jan 2026 is 1 June
    ['0 0 12 1 * MON', '2026-06-01T12:00:00.000Z'],
  ])('%s', (value, expected) => {
    const from = value === '0 0 0 L * *' ? at('2026-01-30T10:00:00Z') : NOW;
    expect(iso(parseTimer('timeCycle', value).firstDue(from))).toBe(expected);
  });

  it('skips missed cron occurrences when the scheduler is late', () => {
    const schedule = parseTimer('timeCycle', '0 0 * * * *');
    expect(iso(schedule.nextDue(at('2026-01-31T11:00:00Z'), 1, at('2026-01-31T15:30:00Z')))).toBe(
      '2026-01-31T16:00:00.000Z',
    );
  });

  it('fires once, at once, for a cron with no next execution (as Zeebe does)', () => {
    const schedule = parseTimer('timeCycle', '0 0 0 30 2 *');
    expect(schedule.firstDue(NOW)).toBe(NOW);
    expect(schedule.nextDue(NOW, 1)).toBeUndefined();
  });
});

describe('bad values', () => {
  it.each([
    ['timeDuration', ''],
    ['timeDuration', '1 hour'],
    ['timeDuration', 'PT'],
    ['timeDuration', 'P1H'],
    ['timeDuration', 'PT1.5H'],
    ['timeDuration', 'P1.5D'],
    ['timeDate', 'tomorrow'],
    ['timeDate', '2026-13-01T00:00:00Z'],
    ['timeDate', '2026-10-08'],
    ['timeDate', '2026-10-08T09:00:00[Mars/Olympus]'],
    ['timeCycle', 'R3'],
    ['timeCycle', 'Rx/PT1H'],
    ['timeCycle', 'R3/PT'],
    ['timeCycle', 'R/not-a-date/P1D'],
    ['timeCycle', '0 0 9 * *'],
    ['timeCycle', '60 0 9 * * *'],
    ['timeCycle', 'every day'],
    // Spring's "third-to-last day of the month" is not supported by croner: refused rather than misread
    ['timeCycle', '0 0 0 L-3 * *'],
  ] as const)('%s %j', (kind, value) => {
    expect(() => parseTimer(kind, value)).toThrow(TimerDefinitionError);
  });

  it('names the kind and the value in the message', () => {
    expect(() => parseTimer('timeCycle', 'R3')).toThrow("Invalid timer timeCycle 'R3'");
  });
});
