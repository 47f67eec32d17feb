import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../__tests__/test-database.js';
import { testDeps } from '../__tests__/test-deps.js';
import { completedVariables, failureOf, testJob } from '../__tests__/test-job.js';
import { JobType } from '../job-types.js';
import { listNotifications, markNotificationRead } from '../notifications/notification.repository.js';
import { toJobHandler } from '../runtime/job-runner.js';
import { escalateHandler } from './escalate.handler.js';
import { notifyHandler } from './notify.handler.js';

describe('duban:notify and duban:escalate', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let notify: ReturnType<typeof toJobHandler>;
  let escalate: ReturnType<typeof toJobHandler>;
  const item = { itemId: 'item-1', title: '城区道路改造', itemNumber: '示督〔2026〕3号', dueDateDay: '2026-03-09' };

  beforeAll(async () => {
    database = await createTestDatabase('notify');
    const deps = testDeps(database.db);
    notify = toJobHandler(notifyHandler, deps);
    escalate = toJobHandler(escalateHandler, deps);
  });
  afterAll(() => database.drop());

  const rowsOf = (jobKey: string) =>
    database.db.query<{ person_id: string; body: string; channel: string | null; status: string | null; last_error: string | null }>(
      `SELECT n.person_id, n.body, o.channel, o.status, o.last_error FROM notification n
       LEFT JOIN outbox o ON o.notification_id = n.id WHERE n.job_key = $1 ORDER BY n.person_id, o.channel`,
      [jobKey],
    );

  it('urges the contact of the unit on every channel through the outbox', async () => {
    const job = testJob(JobType.notify, { template: 'urge', unitVariable: 'unit', channels: 'in-app, email, sms', resultVariable: 'sent' }, { ...item, unit: 'finance-bureau' });
    await notify(job);
    expect((completedVariables(job).sent as string[]).length).toBe(1);
    const rows = await rowsOf(job.key);
    expect(rows.map((r) => [r.person_id, r.channel, r.status])).toEqual([
      ['p-cai-lian', 'email', 'pending'],
      ['p-cai-lian', 'sms', 'pending'],
    ]);
    expect(rows[0].body).toBe('督办事项「城区道路改造」（示督〔2026〕3号）尚未办结，办理时限 2026-03-09，请抓紧办理并按时反馈。');
  });

  it('combines roles and named people, each person once, and records what cannot be delivered', async () => {
    const job = testJob(
      JobType.notify,
      { template: 'overdue', recipients: 'director,leader-in-charge', recipientVariable: 'approver', channels: 'sms' },
      { ...item, approver: 'p-zhu' },
    );
    await notify(job);
    const rows = await rowsOf(job.key);
    expect(rows.map((r) => [r.person_id, r.status])).toEqual([
      ['p-fen', 'pending'],
      ['p-fen2', 'pending'],
      ['p-zhu', 'pending'],
    ]);
    const noMobile = testJob(JobType.notify, { recipients: 'deputy-director', channels: 'in-app,sms' }, item);
    await notify(noMobile);
    expect((await rowsOf(noMobile.key)).map((r) => [r.status, r.last_error])).toEqual([['undeliverable', '付副主任 无手机号码']]);
  });

  it('notifies once when the job is delivered twice', async () => {
    const job = testJob(JobType.notify, { recipients: 'director', channels: 'email' }, item);
    await notify(job);
    await notify(testJob(JobType.notify, { recipients: 'director', channels: 'email' }, item, { key: job.key }));
    expect(await rowsOf(job.key)).toHaveLength(1);
  });

  it('refuses bad configuration with an incident and writes nothing', async () => {
    for (const [headers, expected] of [
      [{ recipients: 'no-such-role' }, 'no-such-role'],
      [{ recipients: 'director', channels: 'pigeon' }, 'pigeon'],
      [{ template: 'custom', recipients: 'director' }, 'message'],
      [{}, 'recipients'],
    ] as const) {
      const job = testJob(JobType.notify, headers, item);
      await notify(job);
      expect(failureOf(job)).toMatchObject({ retries: 0 });
      expect(failureOf(job).errorMessage).toContain(expected);
      expect(await rowsOf(job.key)).toEqual([]);
    }
  });

  it('fills the placeholders of a custom message', async () => {
    const job = testJob(JobType.notify, { template: 'custom', message: '请于{dueDateDay}前报送{title}。', recipients: 'director' }, item);
    await notify(job);
    expect((await rowsOf(job.key))[0].body).toBe('请于2026-03-09前报送城区道路改造。');
  });

  it('lists a person\'s in-app notifications and marks them read, only their own', async () => {
    const job = testJob(JobType.notify, { template: 'closed', recipients: 'principal-leader', resultVariable: 'sent' }, item);
    await notify(job);
    const [id] = completedVariables(job).sent as string[];
    const unread = await database.db.transaction((tx) => listNotifications(tx, 'demo-county', 'p-xian', { unreadOnly: true }));
    expect(unread).toEqual([expect.objectContaining({ id, title: '【办结】城区道路改造', readAt: null })]);
    expect(await database.db.transaction((tx) => markNotificationRead(tx, 'demo-county', 'p-zhu', id, new Date()))).toBe(false);
    expect(await database.db.transaction((tx) => markNotificationRead(tx, 'demo-county', 'p-xian', id, new Date()))).toBe(true);
    expect(await database.db.transaction((tx) => listNotifications(tx, 'demo-county', 'p-xian', { unreadOnly: true }))).toEqual([]);
  });

  it('records an escalation step and notifies the leader escalated to', async () => {
    const job = testJob(JobType.escalate, { level: '2', to: 'leader-in-charge', unitVariable: 'unit', channels: 'in-app,sms' }, { ...item, unit: 'transport-bureau' });
    await escalate(job);
    // The leader in charge of that unit (role binding), not every leader in charge.
    expect(completedVariables(job)).toEqual({ escalationLevel: 2, escalatedTo: ['p-fen2'] });
    const steps = await database.db.query(`SELECT item_id, level, roles, people FROM escalation WHERE job_key = $1`, [job.key]);
    expect(steps).toEqual([{ item_id: 'item-1', level: 2, roles: ['leader-in-charge'], people: ['p-fen2'] }]);
    expect((await rowsOf(job.key))[0].body).toContain('（第 2 级）');

    const missingLevel = testJob(JobType.escalate, { to: 'leader-in-charge' }, item);
    await escalate(missingLevel);
    expect(failureOf(missingLevel).errorMessage).toContain('"level"');
  });
});
