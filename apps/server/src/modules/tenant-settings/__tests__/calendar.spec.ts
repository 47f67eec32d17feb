import { readFileSync } from 'node:fs';
import { LightService } from '../../tenant-config/light.service.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type LoggedIn, type TestApp } from '../../../__tests__/test-app.js';
import { eventually } from '../../__tests__/feature-app.js';

const PROBE = readFileSync(new URL('./deadline-probe.bpmn', import.meta.url), 'utf8');
/** A made-up notice for 2027 (the real one is not out yet): 元旦 is Friday 1 to Sunday 3 January. */
const YEAR_2027 = { year: 2027, source: '测试用通知', holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }], makeUpWorkingDays: [] };

describe('calendar administration: an uploaded year changes deadlines and lights from then on', () => {
  let t: TestApp;
  let admin: LoggedIn;

  beforeAll(async () => {
    t = await createTestApp('calendar', { seed: true });
    admin = await login(t, 'alpha-admin');
    await admin.agent.post('/api/processes/deployments').set('x-csrf-token', admin.csrf).send({ resources: [{ name: 'alpha-deadline-probe.bpmn', content: PROBE }] }).expect(201);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  /** Runs the probe from Thursday 2026-12-24: 10 working days reach into January 2027. */
  async function deadlineFrom2026_12_24(): Promise<Record<string, unknown>> {
    const started = await admin.agent.post('/api/processes/alpha-deadline-probe/instances').set('x-csrf-token', admin.csrf).send({ variables: { startDay: '2026-12-24' } }).expect(201);
    return eventually('the probe to complete', async () => {
      const body = (await admin.agent.get(`/api/instances/${started.body.processInstanceKey}`).expect(200)).body;
      return body.instance.state === 'COMPLETED' ? (body.variables as Record<string, unknown>) : undefined;
    });
  }

  it('flags a deadline in a year without data, and no longer after that year is uploaded', async () => {
    const before = (await admin.agent.get('/api/calendar').expect(200)).body;
    expect(before).toMatchObject({ source: 'none', overrides: {}, updatedAt: null });
    expect(before.years).toContain(2026);
    expect(before.years).not.toContain(2027);
    const flagged = await deadlineFrom2026_12_24();
    // Monday–Friday estimate: 2027-01-01 counted as a working day.
    expect(flagged).toMatchObject({ dueDateFlagged: true, dueDateDay: '2027-01-07' });
    const lights = t.app.get(LightService);
    const lateDecember = Date.parse('2026-12-30T10:00:00+08:00');
    expect((await lights.bounds('alpha', lateDecember)).yellowBefore.toISOString()).toBe(new Date('2027-01-05T00:00:00+08:00').toISOString());

    const uploaded = await admin.agent.put('/api/calendar/overrides').set('x-csrf-token', admin.csrf).send({ description: '2027 年放假安排', years: [YEAR_2027] }).expect(200);
    expect(uploaded.body).toMatchObject({ source: 'database', overrides: { years: [YEAR_2027] } });
    // Shown back as written, keys in the administrator's order.
    expect(JSON.stringify(uploaded.body.overrides)).toBe(JSON.stringify({ description: '2027 年放假安排', years: [YEAR_2027] }));
    expect(uploaded.body.years).toContain(2027);
    expect(Date.parse(uploaded.body.updatedAt)).toBeGreaterThan(Date.now() - 60_000);

    // The workers and the lights use the upload at once: 元旦 2027 is a holiday now, and nothing is flagged.
    expect(await deadlineFrom2026_12_24()).toMatchObject({ dueDateFlagged: false, dueDateDay: '2027-01-08' });
    expect((await lights.bounds('alpha', lateDecember)).yellowBefore.toISOString()).toBe(new Date('2027-01-06T00:00:00+08:00').toISOString());

    const [entry] = await t.sql<{ actor_name: string; before: unknown; after: { years: unknown[] } }>(`SELECT actor_name, before, after FROM audit_log WHERE action = 'calendar.update'`);
    expect(entry).toMatchObject({ before: null, after: { years: [YEAR_2027] } });
    // Another tenant's calendar is its own.
    const beta = await login(t, 'beta-admin');
    expect((await beta.agent.get('/api/calendar').expect(200)).body.years).not.toContain(2027);
  }, 120_000);

  it('refuses a bad file naming every problem, and changes nothing', async () => {
    const before = (await admin.agent.get('/api/calendar').expect(200)).body;
    const bad = await admin.agent
      .put('/api/calendar/overrides')
      .set('x-csrf-token', admin.csrf)
      .send({ years: [{ year: 2028, source: '', holidays: [{ name: '元旦', from: '2028-01-03', to: '2028-01-01' }] }], extraWorkingDays: [{ date: '2026-03-02', reason: '加班' }], colour: 'red' })
      .expect(400);
    expect(bad.body.code).toBe('INVALID_CALENDAR');
    expect(Object.keys(bad.body.fields).sort()).toEqual(['overrides', 'years[0].holidays[0]', 'years[0].source']);
    // The whole-calendar check (2026-03-02 already is a working day) runs once the entries themselves are valid.
    expect(bad.body.message).toContain('3 处问题');
    expect((await admin.agent.get('/api/calendar').expect(200)).body).toEqual(before);
    expect(await t.sql(`SELECT 1 FROM audit_log WHERE action = 'calendar.update'`)).toHaveLength(1);

    // Only administrators upload; anyone may read which years have data.
    const staff = await login(t, 'alpha-staff');
    await staff.agent.put('/api/calendar/overrides').set('x-csrf-token', staff.csrf).send({}).expect(403);
    expect((await staff.agent.get('/api/calendar').expect(200)).body.years).toContain(2027);
  });
});
