import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Controller, Get, Module, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveWebApp } from './serve-web-app.js';

@Controller('api/ping')
class PingController {
  @Get() ping() {
    return { pong: true };
  }
}

@Module({ controllers: [PingController] })
class PingModule {}

describe('serveWebApp', () => {
  let dir: string;
  let app: INestApplication;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'duban-web-'));
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    await writeFile(path.join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    app = await NestFactory.create(PingModule, { logger: false });
    expect(serveWebApp(app, dir)).toBe(true);
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers the app routes with index.html, never cached', async () => {
    const res = await request(app.getHttpServer()).get('/inbox?view=done').set('Accept', 'text/html');
    expect(res.status).toBe(200);
    expect(res.text).toContain('id="root"');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('serves hashed assets as immutable and 404s a missing one instead of sending HTML', async () => {
    const asset = await request(app.getHttpServer()).get('/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    const missing = await request(app.getHttpServer()).get('/assets/gone.js').set('Accept', 'text/html');
    expect(missing.status).toBe(404);
  });

  it('leaves /api alone', async () => {
    expect((await request(app.getHttpServer()).get('/api/ping').set('Accept', 'text/html')).body).toEqual({ pong: true });
    const unknown = await request(app.getHttpServer()).get('/api/nothing').set('Accept', 'text/html');
    expect(unknown.status).toBe(404);
    expect(unknown.text).not.toContain('id="root"');
  });

  it('does nothing when the web app was not built', async () => {
    const other = await NestFactory.create(PingModule, { logger: false });
    expect(serveWebApp(other, path.join(dir, 'missing'))).toBe(false);
    await other.close();
  });
});
