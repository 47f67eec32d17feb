import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { ManualClock, systemClock, type Clock, type WorkflowEngine } from '@duban/workflow';
import { EngineUnavailableError, type DriverOptions, type EngineUnderTest } from '../driver/engine-under-test.js';
import { databaseUrl } from './database-url.js';

/** The entry point of `@duban/engine` this driver relies on. */
type CreateEmbeddedEngine = (options: {
  connectionString: string;
  schema: string;
  clock: Clock;
  schedulerPollMs?: number;
}) => Promise<WorkflowEngine> | WorkflowEngine;

/** The embedded engine in a fresh schema of its own, dropped again at close. */
export async function createDriver(options: DriverOptions): Promise<EngineUnderTest> {
  const connectionString = databaseUrl();
  const schema = `t_conformance_${randomBytes(4).toString('hex')}`;
  await assertReachable(connectionString);
  // Checked at run time so the suite still type-checks while the engine package is being written.
  const { createEmbeddedEngine } = (await import('@duban/engine')) as unknown as { createEmbeddedEngine?: CreateEmbeddedEngine };
  if (typeof createEmbeddedEngine !== 'function') throw new Error('@duban/engine does not export createEmbeddedEngine yet');
  const manual = options.clock === 'manual' ? new ManualClock() : undefined;
  const engine = await createEmbeddedEngine({
    connectionString,
    schema,
    clock: manual ?? systemClock,
    schedulerPollMs: 50,
  });
  return {
    name: 'embedded',
    engine,
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
