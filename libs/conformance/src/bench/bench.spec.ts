import { describe, expect, it } from 'vitest';
import { CompletionTracker } from './completion-tracker.js';
import { percentile } from './latency.util.js';
import { parseTps } from './pgbench.js';

describe('bench helpers', () => {
  it('reads the tps line pgbench prints', () => {
    const output = 'latency average = 7.1 ms\ninitial connection time = 12.3 ms\ntps = 1127.345678 (without initial connection time)\n';
    expect(parseTps(output)).toBeCloseTo(1127.345678);
    expect(() => parseTps('no figures')).toThrow(/no tps/);
  });

  it('takes nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile([], 50)).toBeNaN();
  });

  it('resolves a completion seen before anyone waited, and times out otherwise', async () => {
    const tracker = new CompletionTracker();
    tracker.completed('1');
    await expect(tracker.wait('1', 10)).resolves.toBe(true);
    await expect(tracker.wait('2', 10)).resolves.toBe(false);
    const later = tracker.wait('3', 1_000);
    tracker.completed('3');
    await expect(later).resolves.toBe(true);
  });
});
