import { readFile } from 'node:fs/promises';
import type { EngineUnderTest } from '../driver/engine-under-test.js';
import type { Scenario, Step } from '../scenario/scenario.types.js';
import { checkInstance } from './expectations.js';
import { readSnapshot } from './instance-snapshot.js';
import type { JobPool } from './job-pool.js';
import { sleep } from './poll.util.js';
import type { RunContext } from './run-context.js';
import { newRunToken, withRunToken } from './run-token.util.js';
import { executeStep } from './step-executor.js';

export interface ScenarioResult {
  id: string;
  passed: boolean;
  /** Why it failed: the step and the error, or the expectation problems. */
  reason?: string;
  durationMs: number;
}

export interface RunOptions {
  stepTimeoutMs: number;
  /** How long the final expectations are re-polled before they count as failed. */
  expectTimeoutMs: number;
}

const SCENARIOS_DIR = new URL('../scenarios/', import.meta.url);

export async function runScenario(
  driver: EngineUnderTest,
  pool: JobPool,
  original: Scenario,
  options: RunOptions,
): Promise<ScenarioResult> {
  const started = Date.now();
  const token = newRunToken();
  const scenario = withRunToken(original, token);
  const context: RunContext = {
    driver,
    pool,
    processIds: new Set(),
    instances: new Map(),
    workers: [],
    stepTimeoutMs: options.stepTimeoutMs,
    fixture: async (name) =>
      withRunToken(await readFile(new URL(`${scenario.area}/${name}`, SCENARIOS_DIR), 'utf8'), token),
  };
  const done = (reason?: string): ScenarioResult => ({ id: original.id, passed: !reason, reason, durationMs: Date.now() - started });
  try {
    const steps: Step[] = [...(scenario.deploy.length > 0 ? [{ deploy: scenario.deploy }] : []), ...scenario.steps];
    for (const [index, step] of steps.entries()) {
      try {
        await executeStep(context, step);
      } catch (error) {
        return done(`step ${index} ${Object.keys(step)[0]}: ${errorText(error)}`);
      }
    }
    const problems = await checkExpectations(context, scenario, options.expectTimeoutMs);
    return done(problems.length > 0 ? problems.join('; ') : undefined);
  } finally {
    await cleanUp(context);
  }
}

/** Re-reads the history until every expectation holds or the time is up; returns the last problems. */
async function checkExpectations(context: RunContext, scenario: Scenario, timeoutMs: number): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const problems: string[] = [];
    for (const [alias, expected] of Object.entries(scenario.expect)) {
      const key = context.instances.get(alias);
      if (!key) {
        problems.push(`${alias}: no such instance was created or bound`);
        continue;
      }
      problems.push(...checkInstance(alias, key, await readSnapshot(context.driver.engine.history, key), expected));
    }
    if (problems.length === 0 || Date.now() >= deadline) return problems;
    await sleep(100);
  }
}

/** Stops the scenario's workers and cancels what it left running, so nothing leaks into the next scenario. */
async function cleanUp(context: RunContext): Promise<void> {
  await Promise.allSettled(context.workers.map((worker) => worker.close()));
  for (const key of context.instances.values()) {
    const instance = await context.driver.engine.history.getProcessInstance(key).catch(() => undefined);
    if (instance?.state === 'ACTIVE') await context.driver.engine.cancelProcessInstance(key).catch(() => undefined);
  }
}

function errorText(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return `${error.name}${typeof code === 'string' ? ` ${code}` : ''}: ${error.message}`;
  }
  return String(error);
}
