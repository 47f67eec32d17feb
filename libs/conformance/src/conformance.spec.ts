import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineUnderTest } from './driver/engine-under-test.js';
import { loadDriver } from './drivers/load-driver.js';
import { SuiteRunner } from './runner/suite-runner.js';
import { ALL_SCENARIOS } from './scenarios/index.js';

// Every scenario against the embedded engine, one test each; the runner bounds concurrency and runs
// clock-moving scenarios alone, so `it.concurrent` only lets the others overlap.
describe('conformance: embedded engine', () => {
  let driver: EngineUnderTest;
  let runner: SuiteRunner;

  beforeAll(async () => {
    driver = await loadDriver('embedded', { clock: 'manual' });
    runner = new SuiteRunner(driver, 4);
  });

  afterAll(async () => {
    await driver?.close();
  });

  for (const scenario of ALL_SCENARIOS) {
    it.concurrent(`${scenario.id}: ${scenario.title}`, { timeout: 120_000 }, async () => {
      const result = await runner.run(scenario);
      expect(result.reason).toBeUndefined();
      expect(result.passed).toBe(true);
    });
  }
});
