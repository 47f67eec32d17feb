import { randomBytes } from 'node:crypto';
import { isMatcher } from '../scenario/matchers.js';

export const RUN_TOKEN = 'RUNID';

/** A short token valid inside XML ids, FEEL names and message names. */
export function newRunToken(): string {
  return `r${randomBytes(4).toString('hex')}`;
}

/** Replaces RUNID in every string of a scenario (matchers are left as they are). */
export function withRunToken<T>(value: T, token: string): T {
  if (typeof value === 'string') return value.replaceAll(RUN_TOKEN, token) as T;
  if (Array.isArray(value)) return value.map((item) => withRunToken(item, token)) as T;
  if (value && typeof value === 'object' && !isMatcher(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key.replaceAll(RUN_TOKEN, token), withRunToken(item, token)]),
    ) as T;
  }
  return value;
}
