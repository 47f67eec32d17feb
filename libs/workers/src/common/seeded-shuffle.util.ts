import { createHash } from 'node:crypto';

/**
 * Fisher–Yates shuffle driven by a seed, so a logged draw can be recomputed by anyone:
 * for i = n-1 … 1, j = (first 6 bytes of SHA-256("<seed>:<i>") as an unsigned integer) mod (i + 1), swap i and j.
 */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const digest = createHash('sha256').update(`${seed}:${i}`).digest();
    const j = digest.readUIntBE(0, 6) % (i + 1);
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}
