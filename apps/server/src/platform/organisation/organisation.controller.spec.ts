import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type LoggedIn, type TestApp } from '../../__tests__/test-app.js';

describe('organisation administration', () => {
  let t: TestApp;
  let admin: LoggedIn;
  beforeAll(async () => {
    t = await createTestApp('organisation', { seed: true });
    admin = await login(t, 'alpha-admin');
  });
  afterAll(async () => {
    await t?.close();
  });

  const send = (method: 'post' | 'patch' | 'put' | 'delete', url: string, body: object = {}) =>
    admin.agent[method](url).set('x-csrf-token', admin.csrf).send(body);
  const auditOf = (entityId: string) =>
    t.sql<{ action: string; before: unknown; after: unknown; actor_name: string }>(
      'SELECT action, before, after, actor_name FROM audit_log WHERE entity_id = $1 ORDER BY seq',
      [entityId],
    );

  it('validates every field and names the bad ones, creating nothing', async () => {
    const response = await send('post', '/api/units', { code: 'Bad Code!', name: '', parentId: 'x' }).expect(400);
    expect(Object.keys(response.body.fields).sort()).toEqual(['code', 'name', 'parentId']);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(await t.sql(`SELECT 1 FROM unit WHERE name = ''`)).toHaveLength(0);
  });

  it('creates, renames and deletes a unit, auditing each change with before and after', async () => {
    const created = (await send('post', '/api/units', { code: 'alpha-bureau-9', name: '九局' }).expect(201)).body;
    expect(created).toMatchObject({ code: 'alpha-bureau-9', name: '九局', kind: 'handling', active: true, parentId: null });
    const renamed = (await send('patch', `/api/units/${created.id}`, { name: '第九局' }).expect(200)).body;
    expect(renamed.name).toBe('第九局');
    await send('delete', `/api/units/${created.id}`).expect(204);
    await admin.agent.get(`/api/units/${created.id}`).expect(404);
    const audit = await auditOf(created.id);
    expect(audit.map((a) => a.action)).toEqual(['unit.create', 'unit.update', 'unit.delete']);
    expect(audit[1]).toMatchObject({ before: { name: '九局' }, after: { name: '第九局' }, actor_name: expect.stringContaining('alpha-admin') });
  });

  it('answers a duplicate code with 409 naming the field', async () => {
    const response = await send('post', '/api/units', { code: 'alpha-office', name: '重复' }).expect(409);
    expect(response.body).toMatchObject({ code: 'CONFLICT', fields: { code: expect.any(Array) } });
    expect(JSON.stringify(response.body)).not.toMatch(/duplicate key|INSERT|uq_/i);
  });

  it('refuses a parent that would make a cycle and a delete of a unit in use', async () => {
    const parent = (await send('post', '/api/units', { code: 'alpha-parent', name: '上级' }).expect(201)).body;
    const child = (await send('post', '/api/units', { code: 'alpha-child', name: '下级', parentId: parent.id }).expect(201)).body;
    const cycle = await send('patch', `/api/units/${parent.id}`, { parentId: child.id }).expect(400);
    expect(cycle.body.fields).toHaveProperty('parentId');
    expect((await send('delete', `/api/units/${parent.id}`).expect(409)).body.code).toBe('IN_USE');
  });

  it('creates a person, gives them a role and an account, and they can log in with it', async () => {
    const units = (await admin.agent.get('/api/units').expect(200)).body as { id: string; code: string }[];
    const roles = (await admin.agent.get('/api/roles').expect(200)).body as { id: string; code: string }[];
    const bureau = units.find((u) => u.code === 'alpha-bureau-1')!;
    const contact = roles.find((r) => r.code === 'contact')!;
    const person = (await send('post', '/api/people', { code: 'alpha-new', name: '新人', unitId: bureau.id, email: 'new@example.org' }).expect(201)).body;
    await send('put', `/api/people/${person.id}/roles`, { roles: [{ roleId: contact.id }, { roleId: contact.id }] }).expect(200);
    await send('put', `/api/people/${person.id}/account`, { username: 'alpha-new', password: 'alpha-new' }).expect(400);
    await send('put', `/api/people/${person.id}/account`, { username: 'alpha-new', password: 'a-fine-long-password' }).expect(200);
    const detail = (await admin.agent.get(`/api/people/${person.id}`).expect(200)).body;
    expect(detail.roles).toEqual([{ roleId: contact.id, roleCode: 'contact', unitId: null }]);
    expect(detail.account).toMatchObject({ username: 'alpha-new', lockedUntil: null });
    expect(JSON.stringify(detail)).not.toMatch(/argon2/);
    const newcomer = await login(t, 'alpha-new', 'a-fine-long-password');
    expect(newcomer.user.unitId).toBe(bureau.id);
    expect(JSON.stringify(await auditOf(person.id))).not.toContain('a-fine-long-password');
  });

  it('deactivating a person ends their sessions at once', async () => {
    const staff = await login(t, 'alpha-staff');
    await staff.agent.get('/api/auth/session').expect(200);
    await send('patch', `/api/people/${staff.user.id}`, { active: false }).expect(200);
    await staff.agent.get('/api/auth/session').expect(401);
    await send('patch', `/api/people/${staff.user.id}`, { active: true }).expect(200);
  });

  it('lets only org.manage administer; everyone reads their own tenant', async () => {
    const auditor = await login(t, 'alpha-auditor');
    const refused = await auditor.agent.post('/api/units').set('x-csrf-token', auditor.csrf).send({ code: 'nope', name: '不行' });
    expect(refused.status).toBe(403);
    await auditor.agent.patch('/api/tenant').set('x-csrf-token', auditor.csrf).send({ name: '改名' }).expect(403);
    const tenant = (await send('patch', '/api/tenant', { fullName: 'Alpha 测试县政府办' }).expect(200)).body;
    expect(tenant).toMatchObject({ code: 'alpha', fullName: 'Alpha 测试县政府办' });
    expect((await auditor.agent.get('/api/tenant').expect(200)).body.fullName).toBe('Alpha 测试县政府办');
  });
});
