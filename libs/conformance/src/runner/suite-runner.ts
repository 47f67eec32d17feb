import type { EngineUnderTest } from '../driver/engine-under-test.js';
import type { Scenario } from '../scenario/scenario.types.js';
import { ClockGate } from './clock-gate.js';
import { JobPool } from './job-pool.js';
import { runScenario, type RunOptions, type ScenarioResult } from './scenario-runner.js';

export const DEFAULT_RUN_OPTIONS: RunOptions = {
  stepTimeoutMs: Number(process.env.CONFORMANCE_STEP_TIMEOUT_MS ?? 15_000),
  expectTimeoutMs: Number(process.env.CONFORMANCE_EXPECT_TIMEOUT_MS ?? 5_000),
};

export function movesClock(scenario: Scenario): boolean {
  return scenario.steps.some((step) => 'advanceClock' in step);
}

/**
 * Runs scenarios against one engine: up to `concurrency` at a time, except that a scenario moving the
 * clock runs alone (the clock is engine-wide on both engines, so a jump would fire other scenarios' timers).
 */
export class SuiteRunner {
  private readonly gate: ClockGate;
  private readonly pool: JobPool;

  constructor(
    private readonly driver: EngineUnderTest,
    concurrency = 4,
    private readonly options: RunOptions = DEFAULT_RUN_OPTIONS,
  ) {
    this.gate = new ClockGate(concurrency);
    this.pool = new JobPool(driver.engine);
  }

  run(scenario: Scenario): Promise<ScenarioResult> {
    return this.gate.run(movesClock(scenario), () => runScenario(this.driver, this.pool, scenario, this.options));
  }

  async runAll(scenarios: Scenario[], onResult: (result: ScenarioResult) => void): Promise<ScenarioResult[]> {
    return Promise.all(
      scenarios.map(async (scenario) => {
        const result = await this.run(scenario);
        onResult(result);
        return result;
      }),
    );
  }
}
