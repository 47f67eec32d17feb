import type { EngineUnderTest } from './driver/engine-under-test.js';
import { printResult, printSummary, reportUnavailableEngine, runCli } from './cli-report.util.js';
import { isEngineName, KNOWN_ENGINES, loadDriver } from './drivers/load-driver.js';
import { parseArgs } from './cli-args.util.js';
import { SuiteRunner } from './runner/suite-runner.js';
import { selectScenarios } from './scenarios/index.js';

/**
 * `npm run conformance -- --engine=embedded|zeebe [--filter=text] [--concurrency=4]`
 * One line per scenario, then exactly `N passed, N failed` as the last line; exit code 1 if any failed.
 */
async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), ['engine', 'filter', 'concurrency']);
  const engineName = args.get('engine') ?? 'embedded';
  if (!isEngineName(engineName)) throw new Error(`--engine must be one of ${KNOWN_ENGINES.join(', ')}`);
  const scenarios = selectScenarios(args.get('filter'));
  const concurrency = Number(args.get('concurrency') ?? 4);

  let driver: EngineUnderTest;
  try {
    driver = await loadDriver(engineName, { clock: 'manual' });
  } catch (error) {
    return reportUnavailableEngine(engineName, error, scenarios.length);
  }

  console.log(`conformance: ${scenarios.length} scenarios against ${driver.name}, ${concurrency} at a time`);
  const started = Date.now();
  try {
    const results = await new SuiteRunner(driver, concurrency).runAll(scenarios, printResult);
    return printSummary(results, started);
  } finally {
    await driver.close();
  }
}

runCli(main);
