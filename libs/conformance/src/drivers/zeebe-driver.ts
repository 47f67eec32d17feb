import { createZeebeEngine, type ZeebeEngine } from '@duban/zeebe';
import type { Clock } from '@duban/workflow';
import { checkStartAt, EngineUnavailableError, type DriverOptions, type EngineUnderTest } from '../driver/engine-under-test.js';
import { BrokerTakeover } from './broker-takeover.js';

const DATED_LONG_POLL_MS = 1_000;

/**
 * A Zeebe broker reached through the adapter; addresses from the environment (defaults: the local broker of
 * `npm run zeebe:start`). Time moves through the broker's controlled clock (actuator `clock` endpoint).
 * Without `startAt` the driver creates nothing on the broker to clean up (each scenario's process ids are unique
 * to the run) and moves the broker's actor clock forward; with it, it pins the engine clock and takes the broker
 * over (see BrokerTakeover).
 */
export async function createDriver(options: DriverOptions): Promise<EngineUnderTest> {
  const startAt = checkStartAt(options);
  // A worker's pending long poll outlives its close() and still takes jobs it will never work on (the SDK leaves
  // them to time out, which a pinned engine clock never does): dated runs poll briefly and wait that out at close.
  const engine = createZeebeEngine(startAt === undefined ? {} : { sdk: { zeebeGrpcSettings: { ZEEBE_GRPC_WORKER_LONGPOLL_SECONDS: DATED_LONG_POLL_MS / 1000 } } });
  try {
    await engine.topology(5_000);
    await engine.history.listElementInstances('1');
  } catch (error) {
    await engine.close().catch(() => undefined);
    throw new EngineUnavailableError(`${(error as Error).message} (start a broker with npm run zeebe:start)`);
  }
  try {
    if (options.clock === 'manual') await assertControlledClock(engine);
    if (startAt !== undefined) {
      const takeover = await BrokerTakeover.begin(engine, startAt);
      return {
        name: 'zeebe',
        engine: takeover.engine,
        clock: takeover,
        advanceClock: (milliseconds) => takeover.advance(milliseconds),
        async close() {
          try {
            await takeover.end();
          } finally {
            await engine.close();
            await new Promise((resolve) => setTimeout(resolve, DATED_LONG_POLL_MS + 250));
          }
        },
      };
    }
    const clock = await BrokerTime.measure(engine);
    return {
      name: 'zeebe',
      engine,
      clock,
      async advanceClock(milliseconds) {
        if (options.clock !== 'manual' || !engine.clock) throw new Error('this driver runs on the broker clock');
        clock.follow(await engine.clock.advance(milliseconds));
      },
      close: () => engine.close(),
    };
  } catch (error) {
    await engine.close().catch(() => undefined);
    throw error;
  }
}

/** A broker without `zeebe.clock.controlled=true` would let timer scenarios wait for real hours: refuse early. */
async function assertControlledClock(engine: ZeebeEngine): Promise<void> {
  if (!engine.clock) throw new Error('ZEEBE_MANAGEMENT_URL is needed to move the broker clock');
  await engine.clock.advance(0);
}

/** The broker's running time for workers, which read a clock synchronously: local time plus the offset last measured. */
class BrokerTime implements Clock {
  private constructor(
    private at: number,
    private measuredAt: number,
  ) {}

  static async measure(engine: ZeebeEngine): Promise<BrokerTime> {
    const brokerNow = engine.clock ? await engine.clock.now() : Date.now();
    return new BrokerTime(brokerNow, Date.now());
  }

  now(): number {
    return this.at + (Date.now() - this.measuredAt);
  }

  follow(brokerNow: number): void {
    this.at = brokerNow;
    this.measuredAt = Date.now();
  }
}
