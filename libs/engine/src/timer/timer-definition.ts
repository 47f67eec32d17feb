import { Cron } from 'croner';
import type { Temporal } from 'temporal-polyfill';
import { parseIsoDateTime, parseIsoDuration, zonedAt } from './iso-date-time.js';
import { TimerDefinitionError } from './timer-definition-error.js';

export type TimerKind = 'timeDuration' | 'timeDate' | 'timeCycle';

/** When a timer is due, in absolute epoch milliseconds. */
export interface TimerSchedule {
  /** Total firings: 1 for durations and dates, n for `Rn/…`, Infinity for `R/…` and cron. */
  readonly repetitions: number;
  /** The first due time for a timer created at `nowMillis`. A past time means "fire at once". */
  firstDue(nowMillis: number): number;
  /**
   * The due time after the firing at `previousDueMillis`, which was firing number `firedCount` (1 for the first);
   * undefined when the timer is exhausted. Like Zeebe, an occurrence already overdue at `nowMillis` (defaults to
   * `previousDueMillis`) is re-anchored on `nowMillis`, so a late scheduler does not fire a burst of catch-up timers.
   */
  nextDue(previousDueMillis: number, firedCount: number, nowMillis?: number): number | undefined;
}

export interface TimerOptions {
  /**
   * Zone for calendar arithmetic (`P1D`, `P1M`), cron fields and date-times without offset. Zeebe uses the broker
   * JVM's default zone for these; we default to UTC so behaviour does not depend on the host. A value that names its
   * own zone (`…+08:00`, `…[Asia/Shanghai]`, a cycle start) uses that zone instead.
   */
  zone?: string;
}

/** Parses a timer definition value (after any FEEL evaluation) the way Zeebe 8 does. */
export function parseTimer(kind: TimerKind, value: string, options: TimerOptions = {}): TimerSchedule {
  const zone = options.zone ?? 'UTC';
  const text = value.trim();
  if (text === '') throw new TimerDefinitionError(kind, value, 'the value is empty');
  if (kind === 'timeDuration') return once(kind, value, parseInterval(kind, value, text, zone));
  if (kind === 'timeDate') {
    const date = parseIsoDateTime(text, zone);
    if (typeof date === 'string') throw new TimerDefinitionError(kind, value, date);
    const due = date.epochMilliseconds;
    return { repetitions: 1, firstDue: () => due, nextDue: () => undefined };
  }
  // Zeebe: a cycle starting with R is a repeating interval, anything else is a cron expression.
  return text.startsWith('R') ? parseRepeatingInterval(value, text, zone) : parseCron(value, text, zone);
}

interface Interval {
  duration: Temporal.Duration;
  start?: Temporal.ZonedDateTime;
  zone: string;
}

function parseInterval(kind: TimerKind, value: string, text: string, zone: string): Interval {
  const slash = text.lastIndexOf('/');
  let start: Temporal.ZonedDateTime | undefined;
  if (slash > 0) {
    const parsed = parseIsoDateTime(text.slice(0, slash), zone);
    if (typeof parsed === 'string') throw new TimerDefinitionError(kind, value, `start: ${parsed}`);
    start = parsed;
  }
  const duration = parseIsoDuration(text.slice(slash + 1));
  if (typeof duration === 'string') throw new TimerDefinitionError(kind, value, duration);
  return { duration, start, zone: start?.timeZoneId ?? zone };
}

function after(interval: Interval, fromMillis: number): number {
  return zonedAt(fromMillis, interval.zone).add(interval.duration).epochMilliseconds;
}

/** First due time as Zeebe's Interval#toEpochMilli: the start if it has one (at once if past), else now + duration. */
function firstDue(interval: Interval, now: number): number {
  const start = interval.start?.epochMilliseconds;
  return start === undefined ? after(interval, now) : Math.max(start, now);
}

function once(_kind: TimerKind, _value: string, interval: Interval): TimerSchedule {
  return { repetitions: 1, firstDue: (now) => firstDue(interval, now), nextDue: () => undefined };
}

function parseRepeatingInterval(value: string, text: string, zone: string): TimerSchedule {
  const match = /^R(\d*)\/(.+)$/.exec(text);
  if (!match) throw new TimerDefinitionError('timeCycle', value, 'expected R[n]/[start/]duration, e.g. R3/PT10M');
  // Zeebe creates the first timer even for R0 and never reschedules it, so R0 and R1 both fire once.
  const repetitions = match[1] === '' ? Infinity : Math.max(1, Number.parseInt(match[1], 10));
  const interval = parseInterval('timeCycle', value, match[2], zone);
  return {
    repetitions,
    firstDue: (now) => firstDue(interval, now),
    nextDue: (previous, firedCount, now = previous) => {
      if (firedCount >= repetitions) return undefined;
      const natural = after(interval, previous);
      return natural > now ? natural : after(interval, now);
    },
  };
}

// Spring 5.3 macros, which Zeebe's cron parser (cron-utils, SPRING53) accepts.
const MACROS: Record<string, string> = {
  '@yearly': '0 0 0 1 1 *',
  '@annually': '0 0 0 1 1 *',
  '@monthly': '0 0 0 1 * *',
  '@weekly': '0 0 0 * * 0',
  '@daily': '0 0 0 * * *',
  '@midnight': '0 0 0 * * *',
  '@hourly': '0 0 * * * *',
};

/**
 * Cron as Zeebe reads it: Spring's six fields `second minute hour day-of-month month day-of-week`, day-of-month and
 * day-of-week both applying (AND), `L`, `W`, `#`, `?` and names. Evaluated with croner — no dependencies, time zones
 * built in, and the AND combination Spring uses (`domAndDow`), which cron-parser does not offer. `sloppyRanges` admits
 * Spring's `0/30` steps. Not supported: Spring's `L-n` (n-th last day of the month), rejected with croner's message.
 */
function parseCron(value: string, text: string, zone: string): TimerSchedule {
  const pattern = MACROS[text.toLowerCase()] ?? text;
  let cron: Cron;
  try {
    cron = new Cron(pattern, { mode: '6-part', domAndDow: true, sloppyRanges: true, timezone: zone });
  } catch (error) {
    throw new TimerDefinitionError('timeCycle', value, (error as Error).message.replace(/^CronPattern: /, ''));
  }
  const next = (from: number): number | undefined => cron.nextRun(new Date(from))?.getTime();
  return {
    repetitions: Infinity,
    // Zeebe: a cron without a next execution (e.g. 30 February) fires once, at once.
    firstDue: (now) => next(now) ?? now,
    nextDue: (previous, _firedCount, now = previous) => next(Math.max(previous, now)),
  };
}
