import type { ProcedureScenario } from './scenario.types.js';
import type { ProcedureRunner, ScenarioResult } from './scenario-runner.js';

/**
 * Runs scenarios `concurrency` at a time (each embedded scenario has its own engine and clock; on Zeebe the
 * broker clock is shared, so the caller passes 1) and reports each result as it arrives.
 */
export async function runAll(
  runner: ProcedureRunner,
  scenarios: ProcedureScenario[],
  concurrency: number,
  onResult: (result: ScenarioResult) => void,
): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  const queue = [...scenarios];
  const lane = async () => {
    for (let scenario = queue.shift(); scenario; scenario = queue.shift()) {
      const result = await runner.run(scenario);
      results.push(result);
      onResult(result);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, lane));
  return results;
}
