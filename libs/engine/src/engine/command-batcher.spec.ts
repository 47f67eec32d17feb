import { describe, expect, it } from 'vitest';
import type pg from 'pg';
import { CommandBatcher } from './command-batcher.js';

const tx = {} as pg.PoolClient;

describe('CommandBatcher', () => {
  it('shares a transaction among commands that queue up, and re-runs each alone when one fails', async () => {
    const shared: number[] = [];
    const alone: string[] = [];
    const batcher = new CommandBatcher(
      async (work) => {
        alone.push('solo');
        return work(tx);
      },
      async (works) => {
        shared.push(works.length);
        const results = [];
        for (const work of works) results.push(await work(tx));
        return results;
      },
      1,
      10,
    );
    const ok = (value: number) => batcher.submit(async () => value);
    const first = ok(1); // runs at once, alone
    const queued = [ok(2), ok(3), batcher.submit(async () => Promise.reject(new Error('nope'))), ok(4)];
    expect(await first).toBe(1);
    const settled = await Promise.allSettled(queued);
    expect(settled.map((result) => (result.status === 'fulfilled' ? result.value : (result.reason as Error).message))).toEqual([2, 3, 'nope', 4]);
    expect(shared).toEqual([4]);
    expect(alone).toHaveLength(5);
  });
});
