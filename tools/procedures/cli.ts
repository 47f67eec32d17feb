import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { isEngineName, KNOWN_ENGINES, printResult, printSummary, reportUnavailableEngine, runCli } from '@duban/conformance';
import { loadScenarios } from './src/scenario-loader.js';
import { ProcedureRunner } from './src/scenario-runner.js';
import { runAll } from './src/run-all.js';
import { probeEngine } from './src/engine-probe.js';

/**
 * `npm run test:procedures -- --engine=embedded|zeebe [--filter=<id part or tenant>] [--concurrency=2]`
 * One line per scenario, then `N passed, N failed` as the last line; exit 1 when any failed. A Zeebe broker
 * that cannot be reached is a failure under CI=true, otherwise a printed reason and exit 0.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { engine: { type: 'string', default: 'embedded' }, filter: { type: 'string' }, concurrency: { type: 'string' } },
    strict: true,
  });
  const engine = values.engine ?? 'embedded';
  if (!isEngineName(engine)) throw new Error(`--engine must be one of ${KNOWN_ENGINES.join(', ')}`);
  const processesDir = fileURLToPath(new URL('../../processes', import.meta.url));
  const scenarios = await loadScenarios(processesDir, values.filter);
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test', max: 12 });
  try {
    try {
      await probeEngine(engine, pool);
    } catch (error) {
      return reportUnavailableEngine(engine, error, scenarios.length);
    }
    const concurrency = Number(values.concurrency ?? (engine === 'embedded' ? 2 : 1));
    if (engine === 'zeebe' && concurrency !== 1) throw new Error('on Zeebe the broker clock is shared: --concurrency=1');
    console.log(`procedures: ${scenarios.length} scenarios on ${engine}, ${concurrency} at a time`);
    const started = Date.now();
    const runner = new ProcedureRunner({ engine, processesDir, pool });
    const results = await runAll(runner, scenarios, concurrency, printResult);
    return printSummary(results, started);
  } finally {
    await pool.end();
  }
}

runCli(main);
