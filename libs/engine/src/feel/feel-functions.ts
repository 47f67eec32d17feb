import { randomUUID } from 'node:crypto';
import { FeelDate, FeelDateTime, FeelFunction, date, dateAndTime } from 'feelin';

export interface FeelOptions {
  /** Epoch milliseconds that `now()` and `today()` read; the engine passes its injectable clock here. */
  now?: number;
  /**
   * Zone of `now()` and `today()`. Zeebe uses the broker JVM's default zone; we default to UTC so results do not
   * depend on the host, and a deployment can pin e.g. `Asia/Shanghai`.
   */
  zone?: string;
}

/** Thrown by `assert()` to fail the evaluation instead of returning null, as Camunda's `assert` does. */
export class FeelAssertionFailure extends Error {}

function nowIn(options: FeelOptions): FeelDateTime {
  const instant = new Date(options.now ?? Date.now()).toISOString();
  const utc = dateAndTime(instant) as FeelDateTime;
  const zone = options.zone ?? 'UTC';
  if (zone === 'UTC' || zone === 'Z') return utc;
  const zoned = utc.unwrap().toZonedDateTime('UTC').withTimeZone(zone);
  return new FeelDateTime(zoned.toPlainDateTime(), zone);
}

function isBlank(value: unknown): boolean | null {
  return typeof value === 'string' ? value.trim().length === 0 : null;
}

/**
 * Functions Camunda 8 offers that feelin lacks (or, for now()/today(), that must read the engine clock).
 * Names and parameter names follow docs.camunda.io "FEEL built-in functions".
 */
export function camundaFunctions(options: FeelOptions): Record<string, FeelFunction> {
  return {
    now: new FeelFunction(() => nowIn(options), []),
    today: new FeelFunction(() => date(nowIn(options).unwrap().toPlainDate().toString()) as FeelDate, []),
    'get or else': new FeelFunction(
      (value: unknown, fallback: unknown) => value ?? fallback ?? null,
      ['value', 'default'],
    ),
    assert: new FeelFunction(
      (value: unknown, condition: unknown, cause?: unknown) => {
        if (condition !== true) {
          throw new FeelAssertionFailure(typeof cause === 'string' ? cause : 'The condition is not fulfilled');
        }
        return value;
      },
      ['value', 'condition', 'cause'],
    ),
    'is empty': new FeelFunction((list: unknown) => (Array.isArray(list) ? list.length === 0 : null), ['list']),
    'is blank': new FeelFunction(isBlank, ['string']),
    trim: new FeelFunction((value: unknown) => (typeof value === 'string' ? value.trim() : null), ['string']),
    uuid: new FeelFunction(() => randomUUID(), []),
    'to base64': new FeelFunction(
      (value: unknown) => (typeof value === 'string' ? Buffer.from(value, 'utf8').toString('base64') : null),
      ['value'],
    ),
    'last day of month': new FeelFunction(
      (value: unknown) => {
        if (!(value instanceof FeelDate) && !(value instanceof FeelDateTime)) return null;
        const plain = value instanceof FeelDate ? value.unwrap() : value.unwrap().toPlainDate();
        const last = plain.with({ day: plain.daysInMonth });
        return date(last.toString());
      },
      ['date'],
    ),
    'duplicate values': new FeelFunction(
      (list: unknown) => {
        if (!Array.isArray(list)) return null;
        const seen = new Set<string>();
        const duplicates = new Map<string, unknown>();
        for (const item of list) {
          const key = JSON.stringify(item);
          if (seen.has(key)) duplicates.set(key, item);
          seen.add(key);
        }
        return [...duplicates.values()];
      },
      ['list'],
    ),
    partition: new FeelFunction(
      (list: unknown, size: unknown) => {
        if (!Array.isArray(list) || typeof size !== 'number' || !Number.isInteger(size) || size < 1) return null;
        const parts: unknown[][] = [];
        for (let index = 0; index < list.length; index += size) parts.push(list.slice(index, index + size));
        return parts;
      },
      ['list', 'size'],
    ),
  };
}
