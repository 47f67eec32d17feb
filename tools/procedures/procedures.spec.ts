import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadScenarios } from './src/scenario-loader.js';
import { ProcedureRunner } from './src/scenario-runner.js';

// Every county's procedure scenario on the embedded engine (each on its own engine, clock and workers schema).
// The same scenarios run on Zeebe with `npm run test:procedures -- --engine=zeebe`.
const processesDir = fileURLToPath(new URL('../../processes', import.meta.url));
const scenarios = await loadScenarios(processesDir);
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test', max: 12 });
const runner = new ProcedureRunner({ engine: 'embedded', processesDir, pool });

describe('procedure scenarios on the embedded engine', () => {
  afterAll(() => pool.end());

  it('finds scenarios for every tenant', () => {
    expect(new Set(scenarios.map((s) => s.tenant))).toEqual(new Set(['chongqing', 'gu', 'xiayi', 'yanling', 'zhoucun']));
  });

  describe.concurrent.each(scenarios.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
    it(scenario.title, { timeout: 120_000 }, async () => {
      const result = await runner.run(scenario);
      expect(result.reason).toBeUndefined();
    });
  });
});
