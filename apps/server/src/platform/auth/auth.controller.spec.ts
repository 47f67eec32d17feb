import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_PASSWORD, login, type TestApp } from '../../__tests__/test-app.js';
import { LOCKOUT_THRESHOLD, LOGIN_RATE_LIMIT } from './auth.constants.js';

describe('local accounts and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('auth', { seed: true });
  });
  afterAll(async () => {
    await t?.close();
  });
  const http = () => request(t.app.getHttpServer());

  it('answers a wrong password and an unknown user the same way', async () => {
    const wrong = await http().post('/api/auth/login').send({ username: 'alpha-staff', password: 'not-the-password' }).expect(401);
    const unknown = await http().post('/api/auth/login').send({ username: 'nobody-here', password: 'not-the-password' }).expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('offers password login only while OIDC is not configured', async () => {
    expect((await http().get('/api/auth/providers').expect(200)).body).toEqual({ password: true, oidc: false });
    expect((await http().get('/api/auth/oidc').expect(404)).body.code).toBe('OIDC_DISABLED');
  });

  it('names the missing fields of a login with 400', async () => {
    const response = await http().post('/api/auth/login').send({ username: '' }).expect(400);
    expect(Object.keys(response.body.fields).sort()).toEqual(['password', 'username']);
  });

  it('sets an httpOnly SameSite session cookie holding a token that is stored only hashed', async () => {
    const response = await http().post('/api/auth/login').send({ username: 'ALPHA-staff ', password: DEMO_PASSWORD }).expect(200);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^duban_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(response.body.user).toMatchObject({ username: 'alpha-staff', tenantCode: 'alpha', roles: ['staff'], unitScope: 'tenant' });
    const token = cookie.slice('duban_session='.length, cookie.indexOf(';'));
    expect(await t.sql('SELECT 1 FROM session WHERE token_hash = $1', [token])).toHaveLength(0);
    await http().get('/api/auth/session').set('cookie', `duban_session=${token}`).expect(200);
  });

  it('refuses requests without a session, and with a forged one', async () => {
    await http().get('/api/units').expect(401);
    const forged = await http().get('/api/units').set('cookie', 'duban_session=forged').expect(401);
    expect(forged.body.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a state-changing request without the CSRF token of the session', async () => {
    const alpha = await login(t, 'alpha-admin');
    const other = await login(t, 'alpha-staff');
    const missing = await alpha.agent.post('/api/units').send({ code: 'csrf-test', name: '测试' }).expect(403);
    expect(missing.body.code).toBe('CSRF_TOKEN_INVALID');
    await alpha.agent.post('/api/units').set('x-csrf-token', other.csrf).send({ code: 'csrf-test', name: '测试' }).expect(403);
    expect(await t.sql(`SELECT 1 FROM unit WHERE code = 'csrf-test'`)).toHaveLength(0);
    await alpha.agent.post('/api/units').set('x-csrf-token', alpha.csrf).send({ code: 'csrf-test', name: '测试' }).expect(201);
  });

  it(`locks an account after ${LOCKOUT_THRESHOLD} wrong passwords, even for the right one, until an administrator unlocks it`, async () => {
    const attempt = (password: string) => http().post('/api/auth/login').send({ username: 'alpha-contact-2', password });
    for (let i = 1; i < LOCKOUT_THRESHOLD; i++) await attempt('wrong-password').expect(401);
    const locking = await attempt('wrong-password').expect(423);
    expect(locking.body.code).toBe('ACCOUNT_LOCKED');
    await attempt(DEMO_PASSWORD).expect(423);
    const [{ id }] = await t.sql<{ id: string }>(`SELECT id FROM person WHERE code = 'alpha-contact-2'`);
    const admin = await login(t, 'alpha-admin');
    await admin.agent.post(`/api/people/${id}/account/unlock`).set('x-csrf-token', admin.csrf).expect(204);
    await attempt(DEMO_PASSWORD).expect(200);
    const actions = await t.sql<{ action: string }>(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY seq`, [id]);
    expect(actions.map((a) => a.action)).toEqual(['account.lock', 'account.unlock', 'auth.login']);
  });

  it('changes a password: checks the current one and the new one, and ends the other sessions', async () => {
    const me = await login(t, 'alpha-auditor');
    const elsewhere = await login(t, 'alpha-auditor');
    const change = (currentPassword: string, newPassword: string) =>
      me.agent.post('/api/auth/password').set('x-csrf-token', me.csrf).send({ currentPassword, newPassword });
    expect((await change('wrong-current', 'a-long-new-passphrase').expect(401)).body.fields).toHaveProperty('currentPassword');
    expect((await change(DEMO_PASSWORD, 'short').expect(400)).body.fields).toHaveProperty('password');
    await change(DEMO_PASSWORD, 'a-long-new-passphrase').expect(204);
    await me.agent.get('/api/auth/session').expect(200);
    await elsewhere.agent.get('/api/auth/session').expect(401);
    await login(t, 'alpha-auditor', 'a-long-new-passphrase');
    const [{ hash }] = await t.sql<{ hash: string }>(
      `SELECT a.password_hash AS hash FROM account a JOIN person p ON p.id = a.person_id WHERE p.code = 'alpha-auditor'`,
    );
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  });

  it('logs out: the cookie is cleared and the session is gone', async () => {
    const me = await login(t, 'beta-staff');
    const out = await me.agent.post('/api/auth/logout').set('x-csrf-token', me.csrf).expect(204);
    expect(String(out.headers['set-cookie'])).toMatch(/duban_session=;/);
    await me.agent.get('/api/auth/session').expect(401);
  });
});

describe('login rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('ratelimit', { seed: true });
  });
  afterAll(async () => {
    await t?.close();
  });

  it(`answers 429 after ${LOGIN_RATE_LIMIT.limit} login attempts a minute from one address`, async () => {
    const http = request(t.app.getHttpServer());
    const statuses: number[] = [];
    for (let i = 0; i <= LOGIN_RATE_LIMIT.limit; i++) {
      statuses.push((await http.post('/api/auth/login').send({ username: `nobody-${i}`, password: 'x' })).status);
    }
    expect(statuses.slice(0, LOGIN_RATE_LIMIT.limit).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});
