import { randomUUID } from 'node:crypto';
import { FeelDate, FeelDateTime, FeelFunction, date, dateAndTime } from 'feelin';
import { feelToJson } from './feel-to-json.js';

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
    ...CLOCK_FREE_FUNCTIONS,
  };
}

// Built once: they do not depend on the options.
const CLOCK_FREE_FUNCTIONS: Record<string, FeelFunction> = {
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
  // Since Camunda 8.4 `is defined` means "not null" (a missing variable is null), which feelin's nulls express.
  'is defined': new FeelFunction((value: unknown) => value !== null && value !== undefined, ['value']),
  'is empty': new FeelFunction((list: unknown) => (Array.isArray(list) ? list.length === 0 : null), ['list']),
  'is blank': new FeelFunction(isBlank, ['string']),
  trim: new FeelFunction((value: unknown) => (typeof value === 'string' ? value.trim() : null), ['string']),
  uuid: new FeelFunction(() => randomUUID(), []),
  'to base64': new FeelFunction(
    (value: unknown) => (typeof value === 'string' ? Buffer.from(value, 'utf8').toString('base64') : null),
    ['value'],
  ),
  extract: new FeelFunction(extract, ['string', 'pattern']),
  'from json': new FeelFunction(fromJson, ['json']),
  'to json': new FeelFunction((value: unknown) => JSON.stringify(feelToJson(value)), ['value']),
  'random number': new FeelFunction(() => Math.random(), []),
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
      // in the order of first occurrence
      const counts = new Map<string, { item: unknown; count: number }>();
      for (const item of list) {
        const key = JSON.stringify(feelToJson(item));
        const entry = counts.get(key) ?? { item, count: 0 };
        entry.count += 1;
        counts.set(key, entry);
      }
      return [...counts.values()].filter((entry) => entry.count > 1).map((entry) => entry.item);
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

function extract(value: unknown, pattern: unknown): string[] | null {
  if (typeof value !== 'string' || typeof pattern !== 'string') return null;
  try {
    return [...value.matchAll(new RegExp(pattern, 'gu'))].map((match) => match[0]);
  } catch {
    return null;
  }
}

function fromJson(json: unknown): unknown {
  if (typeof json !== 'string') return null;
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}
