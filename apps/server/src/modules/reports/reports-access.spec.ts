import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type LoggedIn, type TestApp } from '../../__tests__/test-app.js';

const PERIOD = 'from=2026-01-01&to=2026-12-31';

/** Reports are read by 督查室 (items.all) and by leaders who only hold reports.read; nobody else. */
describe('reports access', () => {
  let t: TestApp;
  let leader: LoggedIn;
  let staff: LoggedIn;
  let contact: LoggedIn;

  beforeAll(async () => {
    t = await createTestApp('reportsaccess', { seed: true });
    [leader, staff, contact] = await Promise.all(['alpha-leader', 'alpha-staff', 'alpha-contact-1'].map((u) => login(t, u)));
  });
  afterAll(() => t.close());

  it('lets a leader with reports.read read every report and export', async () => {
    const session = (await leader.agent.get('/api/auth/session').expect(200)).body;
    expect(session.user.permissions).toEqual(['reports.read']);
    const units = (await leader.agent.get(`/api/reports/units?${PERIOD}`).expect(200)).body;
    expect(units.units.map((u: { unitCode: string }) => u.unitCode)).toEqual(['alpha-bureau-1', 'alpha-bureau-2']);
    await leader.agent.get(`/api/reports/trend?${PERIOD}`).expect(200);
    expect((await leader.agent.get('/api/reports/lights').expect(200)).body).toEqual({ red: 0, yellow: 0, green: 0, none: 0 });
    const docx = await leader.agent.get(`/api/reports/bulletin.docx?${PERIOD}`).buffer(true).expect(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    await leader.agent.get(`/api/reports/units.xlsx?${PERIOD}`).expect(200);
  });

  it('grants a leader nothing beyond the reports', async () => {
    await leader.agent.post('/api/items').set('X-CSRF-Token', leader.csrf).send({}).expect(403);
    await leader.agent.get('/api/audit').expect(403);
  });

  it('still lets 督查室 (items.all) read them, and refuses a unit contact', async () => {
    await staff.agent.get(`/api/reports/units?${PERIOD}`).expect(200);
    const refused = await contact.agent.get(`/api/reports/units?${PERIOD}`).expect(403);
    expect(refused.body).toMatchObject({ code: 'FORBIDDEN' });
    expect(refused.body.message).toContain('items.all, reports.read');
    await contact.agent.get('/api/reports/lights').expect(403);
  });
});
