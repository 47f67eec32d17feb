import { createZeebeEngine, type ZeebeEngine } from '@duban/zeebe';
import { EngineUnavailableError, type DriverOptions, type EngineUnderTest } from '../driver/engine-under-test.js';

/**
 * A Zeebe broker reached through the adapter; addresses from the environment (defaults: the local broker of
 * `npm run zeebe:start`). Time moves through the broker's controlled clock (actuator `clock` endpoint).
 * The driver creates nothing on the broker to clean up: each scenario's process ids are unique to the run.
 */
export async function createDriver(options: DriverOptions): Promise<EngineUnderTest> {
  const engine = createZeebeEngine();
  try {
    await engine.topology(5_000);
    await engine.history.listElementInstances('1');
  } catch (error) {
    await engine.close().catch(() => undefined);
    throw new EngineUnavailableError(`${(error as Error).message} (start a broker with npm run zeebe:start)`);
  }
  if (options.clock === 'manual') await assertControlledClock(engine);
  return {
    name: 'zeebe',
    engine,
    async advanceClock(milliseconds) {
      if (options.clock !== 'manual' || !engine.clock) throw new Error('this driver runs on the broker clock');
      await engine.clock.advance(milliseconds);
    },
    async close() {
      await engine.close();
    },
  };
}

/** A broker without `zeebe.clock.controlled=true` would let timer scenarios wait for real hours: refuse early. */
async function assertControlledClock(engine: ZeebeEngine): Promise<void> {
  if (!engine.clock) throw new Error('ZEEBE_MANAGEMENT_URL is needed to move the broker clock');
  await engine.clock.advance(0);
}
