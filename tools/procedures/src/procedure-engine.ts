import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createEmbeddedEngine } from '@duban/engine';
import { EngineUnavailableError, loadDriver, type EngineName, type EngineUnderTest } from '@duban/conformance';
import { ManualClock, type Clock } from '@duban/workflow';
import { BrokerClockControl } from './broker-clock.control.js';

/**
 * An engine under test for one procedure scenario, with the clock the workers must share.
 *
 * Embedded: a fresh engine in its own schema whose ManualClock starts at the scenario's start instant — scenarios
 * are dated (National Day 2026, the year boundary) and a ManualClock only moves forward, so each scenario needs its
 * own clock. (The conformance embedded driver always starts at "now" and keeps its clock to itself; if it ever
 * takes a start instant, this branch becomes `loadDriver('embedded', …)`.)
 * Zeebe: the conformance zeebe driver; the broker clock is moved forward to the start instant (BrokerClockControl).
 */
export interface ProcedureEngine {
  readonly driver: EngineUnderTest;
  /** The engine's time, for the workers (`deps.clock`). */
  readonly clock: Clock;
  /** Tenant id to deploy and start with; undefined when the engine has no multi-tenancy (Zeebe `<default>`). */
  readonly tenantScoped: boolean;
  advance(milliseconds: number): Promise<void>;
  close(): Promise<void>;
}

export async function openProcedureEngine(name: EngineName, startAt: number, pool: pg.Pool): Promise<ProcedureEngine> {
  return name === 'embedded' ? openEmbedded(startAt, pool) : openZeebe(startAt);
}

async function openEmbedded(startAt: number, pool: pg.Pool): Promise<ProcedureEngine> {
  const schema = `t_procedures_${randomBytes(5).toString('hex')}`;
  const clock = new ManualClock(startAt);
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    throw new EngineUnavailableError(`PostgreSQL is not reachable: ${(error as Error).message}`);
  }
  const engine = await createEmbeddedEngine({
    pool,
    schema,
    clock,
    schedulerPollMs: 25,
    onError: (error) => console.error(`[embedded engine] ${error instanceof Error ? error.message : String(error)}`),
  });
  const driver: EngineUnderTest = {
    name: 'embedded',
    engine,
    advanceClock: async (milliseconds) => void clock.advance(milliseconds),
    close: async () => {
      try {
        await engine.close();
      } finally {
        await pool.query(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(schema)} CASCADE`);
      }
    },
  };
  return { driver, clock, tenantScoped: true, advance: driver.advanceClock, close: driver.close };
}

async function openZeebe(startAt: number): Promise<ProcedureEngine> {
  const driver = await loadDriver('zeebe', { clock: 'manual' });
  try {
    const control = await BrokerClockControl.connect();
    await control.moveTo(startAt);
    return {
      driver,
      clock: control.workerClock(),
      tenantScoped: false,
      advance: (milliseconds) => control.advance(milliseconds),
      close: async () => {
        try {
          await control.release();
        } finally {
          await driver.close();
        }
      },
    };
  } catch (error) {
    await driver.close();
    throw error;
  }
}
