import { parseArgs } from '../cli-args.util.js';
import { EngineUnavailableError } from '../driver/engine-under-test.js';
import { isEngineName, KNOWN_ENGINES, loadDriver, type EngineName } from '../drivers/load-driver.js';
import { runEngineBench, type BenchFigures } from './engine-bench.runner.js';

/** Runs the benchmark on one engine; an unreachable engine gives null figures and the reason. */
export async function benchEngine(engine: EngineName, seconds: number, concurrency: number): Promise<BenchFigures & { unavailable?: string }> {
  let driver;
  try {
    driver = await loadDriver(engine, { clock: 'system' });
  } catch (error) {
    if (!(error instanceof EngineUnavailableError)) throw error;
    console.log(`engine ${engine} is not reachable, nothing measured: ${error.message}`);
    const none = { piPerSec: null, userTaskPiPerSec: null, activationP50Ms: null, activationP99Ms: null, pgbenchTps: null };
    return { engine, ...none, unavailable: error.message };
  }
  try {
    return await runEngineBench(driver, { seconds, concurrency, log: (line) => console.log(line) });
  } finally {
    await driver.close();
  }
}

export function benchArgs(argv: string[]) {
  const args = parseArgs(argv, ['engine', 'seconds', 'concurrency']);
  const engine = args.get('engine') ?? 'embedded';
  if (!isEngineName(engine)) throw new Error(`--engine must be one of ${KNOWN_ENGINES.join(', ')}`);
  const seconds = Number(args.get('seconds') ?? 60);
  const concurrency = Number(args.get('concurrency') ?? 32);
  if (!(seconds > 0) || !(concurrency > 0)) throw new Error('--seconds and --concurrency must be positive numbers');
  return { engine, seconds, concurrency };
}

