import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../__tests__/test-app.js';
import { createFeatureApp, eventually, type FeatureApp } from '../__tests__/feature-app.js';
import { INTERRUPTIBLE_BPMN } from '../inbox/__tests__/interrupt.fixture.js';
import { people, post } from '../items/__tests__/walk.helpers.js';

/** A live text/event-stream connection of one person, collecting the events it receives. */
async function listen(server: http.Server, username: string): Promise<{ events: { type: string; data: Record<string, unknown> }[]; close: () => void }> {
  const login = await request(server).post('/api/auth/login').send({ username, password: DEMO_PASSWORD }).expect(200);
  const cookie = (login.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
  const events: { type: string; data: Record<string, unknown> }[] = [];
  const { port } = server.address() as AddressInfo;
  const req = http.get({ port, path: '/api/events', headers: { cookie, accept: 'text/event-stream' } });
  await new Promise<void>((resolve, reject) => {
    req.on('response', (res) => {
      expect(res.headers['content-type']).toContain('text/event-stream');
      let buffer = '';
      res.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        const messages = buffer.split('\n\n');
        buffer = messages.pop() ?? '';
        for (const message of messages) {
          const type = /^event: (.*)$/m.exec(message)?.[1];
          const data = /^data: (.*)$/m.exec(message)?.[1];
          if (type && data) events.push({ type, data: JSON.parse(data) });
        }
      });
      resolve();
    });
    req.on('error', reject);
  });
  return { events, close: () => req.destroy() };
}

describe('live events (SSE)', () => {
  let t: FeatureApp;
  let server: http.Server;
  beforeAll(async () => {
    t = await createFeatureApp('events', ['gu']);
    server = t.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('tells the candidates of a new task, and not a bureau contact who is none of them', async () => {
    const staff = await listen(server, 'gu-dcs-wang');
    const contact = await listen(server, 'gu-czj-lxy');
    try {
      const admin = await people(t)('gu-admin');
      const deployed = await post(admin, '/api/processes/deployments', { resources: [{ name: 'gu-test-interrupt.bpmn', content: INTERRUPTIBLE_BPMN }] });
      expect(deployed.status, JSON.stringify(deployed.body)).toBe(201);
      await post(admin, '/api/processes/gu-test-interrupt/instances', { variables: { itemKey: 'sse-1', due: '2030-01-01T23:59:59+08:00' } }).expect(201);
      const created = await eventually('a task.created event', async () => {
        await t.sync();
        return staff.events.find((e) => e.type === 'task.created');
      });
      expect(created.data).toMatchObject({ name: '核查情况', taskId: expect.stringMatching(/^\d+$/) });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(contact.events.filter((e) => e.type.startsWith('task.'))).toEqual([]);
    } finally {
      staff.close();
      contact.close();
    }
  });
});
