import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import pg from 'pg';
import request from 'supertest';
import { AppModule } from '../app.module.js';
import { loadServerConfig, type ServerConfig } from '../platform/config/server-config.js';
import { configureHttp } from '../platform/http/configure-http.js';

export const TEST_DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** Two small tenants, `alpha` and `beta`, with the same shape (see fixtures/processes). */
export const FIXTURE_PROCESSES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'processes');
/** The real tenant folders of the repository. */
export const REPO_PROCESSES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../processes');
export const DEMO_PASSWORD = 'correct-horse-battery';

export interface TestApp {
  app: INestApplication;
  config: ServerConfig;
  schema: string;
  /** Runs SQL in the test's own schema. */
  sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** A unique schema name per test file, as the shared test database requires. */
export function uniqueSchema(purpose: string): string {
  return `t_server_${purpose}_${randomBytes(4).toString('hex')}`;
}

/**
 * The real application on the shared test database, in a schema of its own (and `<schema>_engine`,
 * `<schema>_workers` for the engine and the workers), all dropped on close. `seed: true` seeds the alpha/beta fixture tenants at boot.
 */
export async function createTestApp(purpose: string, options: { seed?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<TestApp> {
  const schema = uniqueSchema(purpose);
  const config = loadServerConfig({
    // Where a Zeebe broker is (CI's ZEEBE_ADDRESS, …), for the specs that choose DUBAN_ENGINE=zeebe.
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name.startsWith('ZEEBE_'))),
    DATABASE_URL: TEST_DATABASE_URL,
    DUBAN_DB_SCHEMA: schema,
    DUBAN_SEED: options.seed ? 'true' : 'false',
    DUBAN_PROCESSES_DIR: FIXTURE_PROCESSES,
    DUBAN_DEMO_PASSWORD: DEMO_PASSWORD,
    DUBAN_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'duban-test-')),
    ...options.env,
  });
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] }).compile();
  const app = moduleRef.createNestApplication({ logger: ['error'] });
  configureHttp(app, { trustProxy: config.trustProxy });
  await app.init();
  const pool = new pg.Pool({ connectionString: TEST_DATABASE_URL, max: 2, options: `-c search_path=${schema}` });
  return {
    app,
    config,
    schema,
    sql: async (text, values) => (await pool.query(text, values)).rows,
    close: async () => {
      await app.close();
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}_engine" CASCADE`);
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}_workers" CASCADE`);
      await pool.end();
    },
  };
}

export interface LoggedIn {
  agent: ReturnType<typeof request.agent>;
  csrf: string;
  user: { id: string; tenantId: string; unitId: string | null };
}

/** Logs in through the API; the agent keeps the session cookie, `csrf` goes into X-CSRF-Token. */
export async function login(t: TestApp, username: string, password = DEMO_PASSWORD): Promise<LoggedIn> {
  const agent = request.agent(t.app.getHttpServer());
  const response = await agent.post('/api/auth/login').send({ username, password });
  if (response.status !== 200) throw new Error(`login ${username}: ${response.status} ${JSON.stringify(response.body)}`);
  return { agent, csrf: response.body.csrfToken, user: response.body.user };
}
