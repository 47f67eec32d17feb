import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import pg from 'pg';
import { AppModule } from '../app.module.js';
import { loadServerConfig, type ServerConfig } from '../platform/config/server-config.js';
import { configureHttp } from '../platform/http/configure-http.js';

export const TEST_DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

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

/** The real application on the shared test database, in a schema of its own that is dropped on close. */
export async function createTestApp(purpose: string, env: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  const schema = uniqueSchema(purpose);
  const config = loadServerConfig({ DATABASE_URL: TEST_DATABASE_URL, DUBAN_DB_SCHEMA: schema, ...env });
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] }).compile();
  const app = moduleRef.createNestApplication({ logger: ['error', 'warn'] });
  configureHttp(app);
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
      await pool.end();
    },
  };
}
