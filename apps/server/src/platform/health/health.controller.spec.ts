import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../__tests__/test-app.js';

describe('GET /api/health (PostgreSQL from DATABASE_URL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('health');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers ok with the database up and the configured engine', async () => {
    const response = await request(t.app.getHttpServer()).get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up', engine: 'embedded' });
  });

  it('ran the migrations into the test schema, not into public', async () => {
    const tables = await t.sql<{ table_schema: string }>(
      `SELECT table_schema FROM information_schema.tables WHERE table_name = 'typeorm_migrations' AND table_schema = $1`,
      [t.schema],
    );
    expect(tables).toHaveLength(1);
  });

  it('publishes the OpenAPI document', async () => {
    const response = await request(t.app.getHttpServer()).get('/api/docs-json').expect(200);
    expect(response.body.paths['/api/health']).toBeDefined();
    expect(response.body.paths['/api/people/{id}/roles'].put).toBeDefined();
    expect(Object.keys(response.body.components.schemas)).toEqual(expect.arrayContaining(['Unit', 'Person', 'CreateUnitDto', 'SessionDto']));
  });

  it('answers unknown routes with the JSON error body and no stack trace', async () => {
    const response = await request(t.app.getHttpServer()).get('/api/nowhere').expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    expect(JSON.stringify(response.body)).not.toMatch(/at \w+ \(|node_modules/);
  });

  it('answers malformed JSON with 400 and no stack trace', async () => {
    const response = await request(t.app.getHttpServer())
      .post('/api/health')
      .set('content-type', 'application/json')
      .send('{"broken": ');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/json/);
    expect(response.text).not.toMatch(/SyntaxError|at JSON\.parse|node_modules/);
  });
});
