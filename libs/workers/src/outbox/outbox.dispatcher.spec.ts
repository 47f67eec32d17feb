import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmsGateway, startSmtpSink } from '../__tests__/local-sinks.js';
import { createTestDatabase } from '../__tests__/test-database.js';
import { testDeps } from '../__tests__/test-deps.js';
import { testJob } from '../__tests__/test-job.js';
import { notifyHandler } from '../handlers/notify.handler.js';
import { JobType } from '../job-types.js';
import { toJobHandler } from '../runtime/job-runner.js';
import type { TenantConfigSource } from '../tenant/tenant-config.js';
import { EmailSender } from './email.sender.js';
import { OutboxDispatcher } from './outbox.dispatcher.js';
import { SmsSender } from './sms.sender.js';

describe('outbox dispatcher against a real SMTP server and HTTP gateway', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let gateway: Awaited<ReturnType<typeof startSmsGateway>>;
  const emailSender = new EmailSender({ DUBAN_TEST_SMTP_URL: '' });

  beforeAll(async () => {
    database = await createTestDatabase('outbox');
    smtp = await startSmtpSink(2);
    gateway = await startSmsGateway(1);
  });
  afterAll(async () => {
    emailSender.close();
    await Promise.all([smtp.close(), gateway.close(), database.drop()]);
  });

  it('retries with back-off until the sinks accept, then delivers each message exactly once', async () => {
    const deps = testDeps(database.db);
    const files = deps.tenants;
    // The fixture tenant names its SMTP URL by environment variable; the SMS URL points at this test's gateway.
    const tenants: TenantConfigSource = {
      calendar: (tenantId) => files.calendar(tenantId),
      async config(tenantId) {
        const config = await files.config(tenantId);
        return { ...config, notifications: { ...config.notifications, sms: { url: gateway.url, tokenEnv: 'SMS_TOKEN' } } };
      },
    };
    const dispatcher = new OutboxDispatcher({
      db: database.db,
      tenants,
      clock: deps.clock,
      senders: { email: new EmailSender({ DUBAN_TEST_SMTP_URL: smtp.url }), sms: new SmsSender({ SMS_TOKEN: 'secret-token' }) },
      backoffMs: 30_000,
      maxAttempts: 5,
    });
    const job = testJob(JobType.notify, { template: 'assigned', recipients: 'director', channels: 'in-app,email,sms' }, {
      title: '城区道路改造',
      dueDateDay: '2026-03-09',
    });
    await toJobHandler(notifyHandler, { ...deps, tenants })(job);

    expect(await dispatcher.dispatchDue()).toEqual({ sent: 0, retrying: 2, failed: 0 });
    // Not due again until the back-off has passed.
    expect(await dispatcher.dispatchDue()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    deps.clock.advance(30_000);
    expect(await dispatcher.dispatchDue()).toEqual({ sent: 1, retrying: 1, failed: 0 });
    deps.clock.advance(59_000);
    expect(await dispatcher.dispatchDue()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    deps.clock.advance(1_000);
    expect(await dispatcher.dispatchDue()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    deps.clock.advance(3_600_000);
    expect(await dispatcher.dispatchDue()).toEqual({ sent: 0, retrying: 0, failed: 0 });

    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0].to).toEqual(['zhu@example.org']);
    expect(smtp.received[0].raw).toMatch(/Subject: =\?UTF-8\?/);
    expect(gateway.received).toEqual([
      {
        authorization: 'Bearer secret-token',
        body: expect.objectContaining({ to: '13800000003', tenantId: 'demo-county', text: expect.stringContaining('城区道路改造') }),
      },
    ]);
    const rows = await database.db.query(`SELECT channel, status, attempts FROM outbox ORDER BY channel`);
    expect(rows).toEqual([
      { channel: 'email', status: 'sent', attempts: 3 },
      { channel: 'sms', status: 'sent', attempts: 2 },
    ]);
  });

  it('gives up after the last attempt and keeps the error for an administrator', async () => {
    const deps = testDeps(database.db, '2026-03-02T10:00:00+08:00');
    const dispatcher = new OutboxDispatcher({
      db: database.db,
      tenants: deps.tenants,
      clock: deps.clock,
      senders: { email: emailSender, sms: new SmsSender() },
      maxAttempts: 2,
      backoffMs: 1_000,
    });
    const job = testJob(JobType.notify, { recipients: 'principal-leader', channels: 'email' }, { title: '无SMTP' });
    await toJobHandler(notifyHandler, deps)(job);
    deps.clock.advance(10 * 3_600_000);
    expect(await dispatcher.dispatchDue()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    deps.clock.advance(1_000);
    expect(await dispatcher.dispatchDue()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    const [row] = await database.db.query<{ status: string; last_error: string }>(
      `SELECT o.status, o.last_error FROM outbox o JOIN notification n ON n.id = o.notification_id WHERE n.job_key = $1`,
      [job.key],
    );
    expect(row).toEqual({ status: 'failed', last_error: expect.stringContaining('DUBAN_TEST_SMTP_URL') });
  });

  it('sends again a message whose dispatcher crashed after claiming it, once the lease has expired', async () => {
    const deps = testDeps(database.db, '2026-03-02T10:00:00+08:00');
    deps.clock.set(Date.parse('2026-04-01T10:00:00+08:00'));
    const job = testJob(JobType.notify, { recipients: 'principal-leader', channels: 'email' }, { title: '租约' });
    await toJobHandler(notifyHandler, deps)(job);
    // The crashed dispatcher claimed the row (lease 60 s) and never settled it.
    await database.db.query(
      `UPDATE outbox SET attempts = attempts + 1, locked_until = $1 WHERE status = 'pending'`,
      [new Date(deps.clock.now() + 60_000)],
    );
    const dispatcher = new OutboxDispatcher({
      db: database.db,
      tenants: deps.tenants,
      clock: deps.clock,
      senders: { email: new EmailSender({ DUBAN_TEST_SMTP_URL: smtp.url }), sms: new SmsSender() },
      leaseMs: 60_000,
    });
    const before = smtp.received.length;
    expect(await dispatcher.dispatchDue()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    deps.clock.advance(60_000);
    expect(await dispatcher.dispatchDue()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(smtp.received.slice(before).map((mail) => mail.to)).toEqual([['xian@example.org']]);
  });
});
