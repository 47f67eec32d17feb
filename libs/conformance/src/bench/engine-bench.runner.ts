import type { EngineUnderTest } from '../driver/engine-under-test.js';
import { databaseUrl } from '../drivers/database-url.js';
import { newRunToken } from '../runner/run-token.util.js';
import { serviceTaskPhase, userTaskPhase } from './bench-phases.js';
import { percentile, round } from './latency.util.js';
import { runPgbench } from './pgbench.js';

export interface BenchFigures {
  engine: string;
  piPerSec: number | null;
  userTaskPiPerSec: number | null;
  activationP50Ms: number | null;
  activationP99Ms: number | null;
  pgbenchTps: number | null;
}

export interface BenchOptions {
  /** Whole run, roughly: half service tasks, 30 % user tasks, 20 % pgbench. */
  seconds: number;
  concurrency: number;
  log: (line: string) => void;
}

export async function runEngineBench(driver: EngineUnderTest, options: BenchOptions): Promise<BenchFigures> {
  const { seconds, concurrency, log } = options;
  const token = newRunToken();
  log(`bench ${driver.name}: ${seconds} s, ${concurrency} instances in flight`);

  const service = await serviceTaskPhase(driver.engine, { seconds: Math.max(5, seconds * 0.5), concurrency, token });
  log(`service tasks: ${service.completed} instances in the window, ${round(service.completedPerSec)} /s, ${service.activationMs.length} activations measured, ${service.timedOut} not finished in 30 s`);

  const user = await userTaskPhase(driver.engine, { seconds: Math.max(5, seconds * 0.3), concurrency, token });
  log(`user tasks: ${user.completed} instances in the window, ${round(user.completedPerSec)} /s, ${user.timedOut} not finished in 30 s`);

  const pgbenchTps = await runPgbench(databaseUrl(), Math.max(5, seconds * 0.2));
  log(`pgbench TPC-B, 8 clients: ${round(pgbenchTps)} tps`);

  return {
    engine: driver.name,
    piPerSec: round(service.completedPerSec),
    userTaskPiPerSec: round(user.completedPerSec),
    activationP50Ms: round(percentile(service.activationMs, 50)),
    activationP99Ms: round(percentile(service.activationMs, 99)),
    pgbenchTps: round(pgbenchTps),
  };
}
