import { EngineUnavailableError } from './driver/engine-under-test.js';

/** What the conformance and procedure CLIs print: one line per scenario, then `N passed, N failed` last. */
export interface ReportedResult {
  id: string;
  passed: boolean;
  reason?: string;
  durationMs: number;
}

export function printResult(result: ReportedResult): void {
  console.log(result.passed ? `✓ ${result.id} (${result.durationMs} ms)` : `✗ ${result.id} — ${result.reason}`);
}

/** Prints the summary line last and returns the exit code. */
export function printSummary(results: ReportedResult[], startedAt: number): number {
  const failed = results.filter((result) => !result.passed).length;
  console.log(`finished in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  console.log(`${results.length - failed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

/**
 * An engine that cannot be reached fails every scenario under CI=true; locally it is a printed reason and no run
 * (never counted as a pass). Returns the exit code, or rethrows anything that is not an unavailable engine.
 */
export function reportUnavailableEngine(engine: string, error: unknown, scenarioCount: number): number {
  if (!(error instanceof EngineUnavailableError)) throw error;
  if (process.env.CI === 'true') {
    console.log(`✗ engine ${engine} unavailable under CI=true: ${error.message}`);
    console.log(`0 passed, ${scenarioCount} failed`);
    return 1;
  }
  console.log(`SKIPPED: engine ${engine} is not reachable, so no scenario ran (this is not a pass): ${error.message}`);
  console.log('0 passed, 0 failed');
  return 0;
}

/** Runs a CLI's main and exits with its code; a crash still ends with a summary line that counts as a failure. */
export function runCli(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      console.log('0 passed, 1 failed');
      process.exit(1);
    },
  );
}
