import { isDeepStrictEqual } from 'node:util';

/** An expected value that is not a literal: a predicate with a description for failure messages. */
export interface Matcher {
  readonly kind: 'matcher';
  readonly describe: string;
  test(actual: unknown): boolean;
}

export function isMatcher(value: unknown): value is Matcher {
  return typeof value === 'object' && value !== null && (value as Matcher).kind === 'matcher';
}

/** Literal values compare deeply; matchers by their predicate. */
export function matches(expected: unknown, actual: unknown): boolean {
  return isMatcher(expected) ? expected.test(actual) : isDeepStrictEqual(expected, actual);
}

export function describeExpected(expected: unknown): string {
  return isMatcher(expected) ? expected.describe : JSON.stringify(expected);
}

function matcher(describe: string, test: (actual: unknown) => boolean): Matcher {
  return { kind: 'matcher', describe, test };
}

/** A date-time string naming the same instant (Zeebe may format `12:00` as `12:00:00` or normalise the offset). */
export function sameInstant(iso: string): Matcher {
  const expected = Date.parse(iso);
  return matcher(`same instant as ${iso}`, (actual) => typeof actual === 'string' && Date.parse(actual) === expected);
}

/** A JSON array string (Zeebe's candidate group/user headers) holding exactly these items in this order. */
export function jsonArrayString(items: string[]): Matcher {
  return matcher(`JSON array string ${JSON.stringify(items)}`, (actual) => {
    if (typeof actual !== 'string') return false;
    try {
      return isDeepStrictEqual(JSON.parse(actual), items);
    } catch {
      return false;
    }
  });
}

export function stringContaining(fragment: string): Matcher {
  return matcher(`a string containing ${JSON.stringify(fragment)}`, (actual) =>
    typeof actual === 'string' && actual.includes(fragment),
  );
}

export function anyValue(): Matcher {
  return matcher('any value', (actual) => actual !== undefined);
}

/** Same items in any order (for output collections filled by concurrent instances when order is not promised). */
export function sameItems(items: unknown[]): Matcher {
  const key = (value: unknown) => JSON.stringify(value);
  const sorted = items.map(key).sort();
  return matcher(`the items ${JSON.stringify(items)} in any order`, (actual) =>
    Array.isArray(actual) && isDeepStrictEqual(actual.map(key).sort(), sorted),
  );
}

export function oneOf(values: unknown[]): Matcher {
  return matcher(`one of ${JSON.stringify(values)}`, (actual) => values.some((value) => isDeepStrictEqual(value, actual)));
}
