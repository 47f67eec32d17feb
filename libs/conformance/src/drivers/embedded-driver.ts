import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createEmbeddedEngine } from '@duban/engine';
import { ManualClock, systemClock } from '@duban/workflow';
import { checkStartAt, EngineUnavailableError, type DriverOptions, type EngineUnderTest } from '../driver/engine-under-test.js';
import { databaseUrl } from './database-url.js';

/** The embedded engine in a fresh schema of its own, dropped again at close; a ManualClock at `startAt` (or now). */
export async function createDriver(options: DriverOptions): Promise<EngineUnderTest> {
  const startAt = checkStartAt(options);
  const connectionString = databaseUrl();
  const schema = `t_conformance_${randomBytes(4).toString('hex')}`;
  await assertReachable(connectionString);
  const manual = options.clock === 'manual' ? new ManualClock(startAt ?? Date.now()) : undefined;
  const engine = await createEmbeddedEngine({
    connectionString,
    schema,
    clock: manual ?? systemClock,
    schedulerPollMs: 50,
    poolSize: options.poolSize,
    onError: (error) => console.error(`[embedded engine] ${error instanceof Error ? error.message : String(error)}`),
  });
  return {
    name: 'embedded',
    engine,
    clock: manual ?? systemClock,
    async advanceClock(milliseconds) {
      if (!manual) throw new Error('this driver runs on the system clock');
      manual.advance(milliseconds);
    },
    async close() {
      try {
        await engine.close();
      } finally {
        await dropSchema(connectionString, schema);
      }
    },
  };
}

async function assertReachable(connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  try {
    await client.connect();
  } catch (error) {
    throw new EngineUnavailableError(`PostgreSQL at ${redact(connectionString)} is not reachable: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function dropSchema(connectionString: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

function redact(connectionString: string): string {
  return connectionString.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
