import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type LoggedIn, type TestApp } from '../../__tests__/test-app.js';

/**
 * Two tenants of the same shape. An administrator of alpha guesses beta's ids (taken from the database, so they
 * are real) and must get 404 for reads and writes alike, with nothing changed; a unit-scoped person of alpha must
 * not see another unit's people.
 */
describe('tenant and unit isolation', () => {
  let t: TestApp;
  let alphaAdmin: LoggedIn;
  let beta: { unit: string; role: string; person: string };
  let snapshot: () => Promise<string>;

  beforeAll(async () => {
    t = await createTestApp('isolation', { seed: true });
    alphaAdmin = await login(t, 'alpha-admin');
    const one = async (sql: string) => (await t.sql<{ id: string }>(sql))[0].id;
    const betaTenant = `(SELECT id FROM tenant WHERE code = 'beta')`;
    beta = {
      unit: await one(`SELECT id FROM unit WHERE tenant_id = ${betaTenant} AND code = 'beta-bureau-1'`),
      role: await one(`SELECT id FROM role WHERE tenant_id = ${betaTenant} AND code = 'contact'`),
      person: await one(`SELECT id FROM person WHERE tenant_id = ${betaTenant} AND code = 'beta-contact-1'`),
    };
    snapshot = async () =>
      JSON.stringify(
        await t.sql(`SELECT (SELECT json_agg(u ORDER BY id) FROM unit u) AS units, (SELECT json_agg(r ORDER BY id) FROM role r) AS roles,
                            (SELECT json_agg(p ORDER BY id) FROM person p) AS people, (SELECT json_agg(pr ORDER BY id) FROM person_role pr) AS grants,
                            (SELECT json_agg(a.username ORDER BY person_id) FROM account a) AS accounts`),
      );
  });
  afterAll(async () => {
    await t?.close();
  });

  const write = (method: 'patch' | 'put' | 'post' | 'delete', url: string, body: object = {}) =>
    alphaAdmin.agent[method](url).set('x-csrf-token', alphaAdmin.csrf).send(body);

  it("reads of another tenant's units, roles and people are 404", async () => {
    for (const url of [`/api/units/${beta.unit}`, `/api/roles/${beta.role}`, `/api/people/${beta.person}`]) {
      const response = await alphaAdmin.agent.get(url);
      expect(response.status, url).toBe(404);
      expect(response.body.code).toBe('NOT_FOUND');
    }
    const lists = await Promise.all(['/api/units', '/api/roles', '/api/people'].map((url) => alphaAdmin.agent.get(url).expect(200)));
    for (const list of lists) {
      expect(list.body.length).toBeGreaterThan(0);
      expect(list.body.every((row: { tenantId: string }) => row.tenantId === alphaAdmin.user.tenantId)).toBe(true);
    }
  });

  it("writes to another tenant's rows are 404 and change nothing", async () => {
    const before = await snapshot();
    const attempts = [
      write('patch', `/api/units/${beta.unit}`, { name: '被改了' }),
      write('delete', `/api/units/${beta.unit}`),
      write('patch', `/api/roles/${beta.role}`, { name: '被改了' }),
      write('delete', `/api/roles/${beta.role}`),
      write('patch', `/api/people/${beta.person}`, { name: '被改了', active: false }),
      write('put', `/api/people/${beta.person}/roles`, { roles: [] }),
      write('put', `/api/people/${beta.person}/account`, { username: 'hijacked', password: 'a-long-enough-password' }),
      write('post', `/api/people/${beta.person}/account/unlock`),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status, `${response.req.method} ${response.req.path}`).toBe(404);
    }
    expect(await snapshot()).toBe(before);
  });

  it("refuses to point alpha's rows at beta's units and roles (404), changing nothing", async () => {
    const before = await snapshot();
    const [own] = await t.sql<{ id: string }>(`SELECT p.id FROM person p JOIN tenant t ON t.id = p.tenant_id WHERE t.code = 'alpha' AND p.code = 'alpha-staff'`);
    const attempts = [
      write('post', '/api/people', { code: 'spy', name: '间谍', unitId: beta.unit }),
      write('patch', `/api/people/${own.id}`, { unitId: beta.unit }),
      write('put', `/api/people/${own.id}/roles`, { roles: [{ roleId: beta.role }] }),
      write('put', `/api/people/${own.id}/roles`, { roles: [{ roleId: (await alphaAdmin.agent.get('/api/roles')).body[0].id, unitId: beta.unit }] }),
      write('post', '/api/units', { code: 'child', name: '下级', parentId: beta.unit }),
    ];
    for (const response of await Promise.all(attempts)) expect(response.status).toBe(404);
    expect(await snapshot()).toBe(before);
  });

  it('never takes the tenant from the request: a tenantId in a body is refused by name', async () => {
    const response = await write('post', '/api/units', { code: 'sneaky', name: '混入', tenantId: beta.unit });
    expect(response.status).toBe(400);
    expect(response.body.fields).toHaveProperty('tenantId');
    expect((await alphaAdmin.agent.get('/api/tenant').expect(200)).body.code).toBe('alpha');
  });

  it('answers 404, not 500, for ids that are not ids', async () => {
    await alphaAdmin.agent.get('/api/people/not-a-uuid').expect(404);
    await write('patch', "/api/units/1' OR '1'='1", { name: 'x' }).expect(404);
  });

  it("limits a unit-scoped person to their own unit's people, and refuses administration", async () => {
    const contact = await login(t, 'alpha-contact-1');
    const people = (await contact.agent.get('/api/people').expect(200)).body as { code: string; unitId: string }[];
    expect(people.map((p) => p.code)).toEqual(['alpha-contact-1']);
    const [neighbour] = await t.sql<{ id: string }>(`SELECT id FROM person WHERE code = 'alpha-contact-2'`);
    await contact.agent.get(`/api/people/${neighbour.id}`).expect(404);
    const forbidden = await contact.agent.patch(`/api/people/${neighbour.id}`).set('x-csrf-token', contact.csrf).send({ name: 'x' });
    expect(forbidden.status).toBe(403);
    // Units and roles stay readable: pickers need them.
    expect((await contact.agent.get('/api/units').expect(200)).body).toHaveLength(3);
  });

  it('gives a person with neither unit nor role an empty view, not an error', async () => {
    const person = (await write('post', '/api/people', { code: 'alpha-loner', name: '无单位' }).expect(201)).body;
    await write('put', `/api/people/${person.id}/account`, { username: 'alpha-loner', password: 'a-long-enough-password' }).expect(200);
    const loner = await login(t, 'alpha-loner', 'a-long-enough-password');
    expect((await loner.agent.get('/api/people').expect(200)).body).toEqual([]);
    await loner.agent.get(`/api/people/${person.id}`).expect(404);
  });
});
