import type { TimeLimit } from './time-limit.types.js';

/** Parses a time limit such as `7d`, `5wd`, `1m`, `next-day`, `end-of-quarter`; throws INVALID_TIME_LIMIT. */
export function parseTimeLimit(text: string): TimeLimit {
  void text;
  throw new Error('pending');
}
