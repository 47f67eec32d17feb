import type { Clock, WorkflowEngine } from '@duban/workflow';

/**
 * One implementation of the port as the conformance suite and the benchmark see it.
 *
 * A driver module lives at `src/drivers/<name>-driver.ts` and exports
 * `createDriver(options: DriverOptions): Promise<EngineUnderTest>`; the suite loads it by name with a dynamic
 * import, so one engine's unfinished package never stops the other from running.
 *
 * For driver authors (the Zeebe helper writes `zeebe-driver.ts` against this file):
 * - `engine` must be fully usable when `createDriver` resolves (broker reachable, topology healthy).
 * - If the engine cannot be reached at all, throw `EngineUnavailableError` with the reason: the CLI then prints it and,
 *   outside CI, exits 0 having run nothing.
 * - `advanceClock(ms)` moves the engine's clock forward by `ms` (embedded: the `ManualClock`; Zeebe: the broker's
 *   controlled clock, `zeebe.clock.controlled=true` + the actuator clock endpoint). It resolves once the engine has
 *   taken the new time; timers that became due may fire a little later — the suite waits for their effects itself.
 *   Scenarios that move the clock run alone, so a jump never disturbs another scenario.
 *   With `clock: 'system'` (the benchmark) it is never called.
 * - `clock` is the engine's time as workers and scripts must read it (embedded: the ManualClock; Zeebe: broker time).
 * - `startAt` (optional, with `clock: 'manual'`) starts the engine's clock at that instant, earlier or later than
 *   now — for dated scenarios (holidays of a given year). On Zeebe this pins the broker's global clock: such a
 *   driver takes the broker over (one at a time), cancels the instances earlier runs left active, and at `close()`
 *   stops the timer start events it deployed and gives the broker its running system clock back.
 * - `close()` stops workers and connections and removes everything the driver created (schemas, data folders).
 */
export interface EngineUnderTest {
  readonly name: string;
  readonly engine: WorkflowEngine;
  readonly clock: Clock;
  advanceClock(milliseconds: number): Promise<void>;
  close(): Promise<void>;
}

export interface DriverOptions {
  /** `manual`: a clock the suite moves (conformance); `system`: wall-clock time (benchmark). */
  clock: 'manual' | 'system';
  /** Epoch milliseconds the manual clock starts at; default: now (see above). */
  startAt?: number;
  /** PostgreSQL connections the engine may hold (embedded; default 10): many drivers at once share one server. */
  poolSize?: number;
}

/** A `startAt` that is no instant, or given with the system clock. */
export function checkStartAt(options: DriverOptions): number | undefined {
  if (options.startAt === undefined) return undefined;
  if (options.clock !== 'manual') throw new Error('startAt needs clock: manual');
  if (!Number.isSafeInteger(options.startAt) || options.startAt <= 0) throw new Error(`startAt is not an instant: ${options.startAt}`);
  return options.startAt;
}

export type DriverFactory = (options: DriverOptions) => Promise<EngineUnderTest>;

/** The engine cannot be reached (no broker, no database): not a scenario failure, a reason to skip outside CI. */
export class EngineUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineUnavailableError';
  }
}
