import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../__tests__/test-app.js';

const FEATURE_TAGS = ['inbox', 'items', 'processes', 'reports', 'events'];

describe('OpenAPI document of the feature modules', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('openapi');
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it('describes every feature route, tagged, with its query and body schemas', async () => {
    const document = (await request(t.app.getHttpServer()).get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { tags?: string[]; parameters?: { name: string }[]; requestBody?: unknown }>>;
      components: { schemas: Record<string, unknown> };
    };
    const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
    const features = operations.filter((o) => o.op.tags?.some((tag) => FEATURE_TAGS.includes(tag)));
    expect(features.length).toBeGreaterThanOrEqual(45);
    for (const path of ['/api/inbox/tasks', '/api/inbox/tasks/{id}/complete', '/api/items', '/api/items/{id}/timeline', '/api/processes/deployments', '/api/reports/units.xlsx', '/api/events']) {
      expect(document.paths[path], path).toBeDefined();
    }
    expect(document.paths['/api/inbox/tasks'].get.parameters?.map((p) => p.name)).toEqual(expect.arrayContaining(['view', 'text', 'light', 'dueBefore', 'cursor', 'vars']));
    expect(document.paths['/api/items'].post.requestBody).toBeDefined();
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(['TaskSummaryDto', 'ItemDto', 'DeployBundleDto', 'UnitReportDto', 'SaveFilterDto']));
  });
});
