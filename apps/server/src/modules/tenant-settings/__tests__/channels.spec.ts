import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type LoggedIn, type TestApp } from '../../../__tests__/test-app.js';
import { eventually } from '../../__tests__/feature-app.js';

const TOKEN = 'tok-7f3a9c-write-only';

describe('notification channels per tenant, with write-only secrets, used by the outbox', () => {
  let t: TestApp;
  let admin: LoggedIn;
  let gateway: Server;
  let gatewayUrl: string;
  const received: { authorization?: string; body: Record<string, string> }[] = [];

  beforeAll(async () => {
    gateway = createServer((request: IncomingMessage, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (c: Buffer) => chunks.push(c));
      request.on('end', () => {
        received.push({ authorization: request.headers.authorization, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
        response.writeHead(202).end();
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/sms`;
    t = await createTestApp('channels', { seed: true });
    admin = await login(t, 'alpha-admin');
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await new Promise((resolve) => gateway?.close(resolve));
  });

  const patch = (who: LoggedIn, id: string, body: object) => who.agent.patch(`/api/notification-channels/${id}`).set('x-csrf-token', who.csrf).send(body);

  it('lists the channels of tenant.json, refuses an unusable change, and keeps secrets out of every answer and the audit log', async () => {
    const listed = (await admin.agent.get('/api/notification-channels').expect(200)).body as { id: string; enabled: boolean; source: string }[];
    expect(listed.map((c) => [c.id, c.enabled, c.source])).toEqual([
      ['in-app', true, 'file'],
      ['email', false, 'file'],
      ['sms', false, 'file'],
    ]);

    const incomplete = await patch(admin, 'sms', { enabled: true }).expect(400);
    expect(incomplete.body).toMatchObject({ code: 'INVALID_CHANNEL_CONFIG', fields: { 'config.url': [expect.any(String)] } });
    await patch(admin, 'sms', { enabled: true, config: { url: 'ftp://x', colour: 'red' } }).expect(400);
    await patch(admin, 'in-app', { enabled: false }).expect(400);
    await patch(admin, 'fax', { enabled: true }).expect(404);
    await patch(admin, 'sms', { enabled: 'yes' }).expect(400);
    expect(await t.sql(`SELECT 1 FROM "${t.schema}_workers".tenant_channel`)).toHaveLength(0);

    const saved = await patch(admin, 'sms', { enabled: true, config: { url: gatewayUrl, token: TOKEN } }).expect(200);
    expect(saved.body).toMatchObject({ id: 'sms', kind: 'sms', name: '短信', enabled: true, config: { url: gatewayUrl }, secretsSet: ['token'], source: 'database' });
    const again = await admin.agent.get('/api/notification-channels').expect(200);
    const audit = await t.sql(`SELECT before, after FROM audit_log WHERE action = 'notification-channel.update'`);
    expect(audit).toEqual([{ before: { enabled: false, config: {}, secretsSet: [] }, after: { enabled: true, config: { url: gatewayUrl }, secretsSet: ['token'] } }]);
    for (const text of [JSON.stringify(saved.body), again.text, JSON.stringify(audit)]) expect(text).not.toContain(TOKEN);

    // Only administrators; another tenant keeps its own channels.
    const staff = await login(t, 'alpha-staff');
    await staff.agent.get('/api/notification-channels').expect(403);
    await patch(staff, 'sms', { enabled: false }).expect(403);
    const beta = await login(t, 'beta-admin');
    expect(((await beta.agent.get('/api/notification-channels').expect(200)).body as { id: string; enabled: boolean }[]).find((c) => c.id === 'sms')?.enabled).toBe(false);
  });

  it('has the running outbox dispatcher send through the gateway and with the token set here', async () => {
    const workers = `"${t.schema}_workers"`;
    const [person] = await t.sql<{ id: string }>(`SELECT id FROM person WHERE code = 'alpha-staff'`);
    // What a duban:notify job writes in its transaction: its effect, the in-app notification, one outbox row per channel.
    await t.sql(`INSERT INTO ${workers}.job_effect (job_key, job_type, tenant_id, item_id) VALUES ('1', 'duban:notify', 'alpha', 'item-1')`);
    const [note] = await t.sql<{ id: string }>(
      `INSERT INTO ${workers}.notification (tenant_id, item_id, person_id, template, title, body, job_key, created_at)
       VALUES ('alpha', 'item-1', $1, 'urge', '催办', '请尽快办理', '1', now()) RETURNING id`,
      [person.id],
    );
    await t.sql(
      `INSERT INTO ${workers}.outbox (tenant_id, notification_id, channel, address, subject, body, next_attempt_at, created_at)
       VALUES ('alpha', $1, 'sms', '13800000000', '催办', '请尽快办理', now(), now())`,
      [note.id],
    );
    const sent = await eventually('the message to reach the gateway', async () => received[0]);
    expect(sent).toMatchObject({ authorization: `Bearer ${TOKEN}`, body: { to: '13800000000', tenantId: 'alpha' } });
    // The dispatcher marks the row once the gateway has answered: a moment after the request arrived.
    const status = async () => (await t.sql<{ status: string }>(`SELECT status FROM ${workers}.outbox`))[0].status;
    await eventually('the outbox row to be marked sent', async () => ((await status()) === 'sent' ? true : undefined));
  }, 30_000);
});
