import { chmod, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { AppModule } from '../../app.module.js';
import { configureHttp } from '../http/configure-http.js';
import { loadServerConfig } from '../config/server-config.js';
import { DatabaseHost } from './database-host.js';

/** The one slow test: the real `npm start` path without DATABASE_URL (initdb, start, migrate, stop). */
describe('embedded PostgreSQL', () => {
  let dataDir: string | undefined;
  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('boots the server on its own cluster, reports 503 when the database goes away, and stops it on close', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'duban-embedded-'));
    await chmod(dataDir, 0o755); // as root, the cluster runs as "postgres", which must be able to enter the folder
    const port = 55000 + Math.floor(Math.random() * 5000);
    const config = loadServerConfig({ DUBAN_DATA_DIR: dataDir, DUBAN_PG_PORT: String(port), DUBAN_SEED: 'false' });
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] }).compile();
    const app = moduleRef.createNestApplication({ logger: ['error'] });
    configureHttp(app);
    await app.init();
    try {
      const host = app.get(DatabaseHost);
      expect(host.embedded).toBeDefined();
      expect(host.describe()).toBe(`127.0.0.1:${port}/duban (schema duban)`);
      expect((await stat(path.join(dataDir, 'postgres.password'))).mode & 0o077).toBe(0);

      const up = await request(app.getHttpServer()).get('/api/health').expect(200);
      expect(up.body).toEqual({ status: 'ok', database: 'up', engine: 'embedded' });

      await host.embedded!.stop();
      const down = await request(app.getHttpServer()).get('/api/health').expect(503);
      expect(down.body).toEqual({ status: 'error', database: 'down', engine: 'embedded' });
    } finally {
      await app.close();
    }
  }, 120_000);
});
