import { NestFactory } from '@nestjs/core';
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { PG_POOL } from './platform/database-pool.module.js';
import { ConfigurationError, loadWorkerConfig } from './platform/worker-config.js';
import { WorkerModule } from './worker.module.js';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

describe('worker process', () => {
  it('boots against DATABASE_URL and closes its pool on shutdown', async () => {
    const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(loadWorkerConfig({ DATABASE_URL })), {
      logger: false,
      abortOnError: false,
    });
    const pool = app.get<pg.Pool>(PG_POOL);
    expect((await pool.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    await app.close();
    expect(pool.ended).toBe(true);
  });

  it('refuses to boot when the database cannot be reached', async () => {
    const config = loadWorkerConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' });
    await expect(
      NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false, abortOnError: false }),
    ).rejects.toThrow(/cannot reach the database/);
  });

  it('requires DATABASE_URL', () => {
    expect(() => loadWorkerConfig({})).toThrow(ConfigurationError);
    expect(() => loadWorkerConfig({})).toThrow(/DATABASE_URL is required/);
  });
});
