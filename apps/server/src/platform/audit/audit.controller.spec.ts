import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type LoggedIn, type TestApp } from '../../__tests__/test-app.js';

describe('audit log', () => {
  let t: TestApp;
  let auditor: LoggedIn;
  beforeAll(async () => {
    t = await createTestApp('audit', { seed: true });
    const admin = await login(t, 'alpha-admin');
    for (const code of ['alpha-a1', 'alpha-a2', 'alpha-a3']) {
      await admin.agent.post('/api/units').set('x-csrf-token', admin.csrf).send({ code, name: code }).expect(201);
    }
    auditor = await login(t, 'alpha-auditor');
  });
  afterAll(async () => {
    await t?.close();
  });

  const alphaRows = () =>
    t.sql<{ seq: string }>(`SELECT seq::text FROM audit_log WHERE chain = (SELECT id::text FROM tenant WHERE code = 'alpha') ORDER BY seq`);

  it('lists the tenant’s entries newest first, and verifies an intact chain', async () => {
    const list = (await auditor.agent.get('/api/audit?entityType=unit&limit=2').expect(200)).body;
    expect(list).toHaveLength(2);
    expect(list[0].after.code).toBe('alpha-a3');
    expect(Number(list[0].seq)).toBeGreaterThan(Number(list[1].seq));
    const verification = (await auditor.agent.get('/api/audit/verify').expect(200)).body;
    expect(verification).toMatchObject({ valid: true, entries: (await alphaRows()).length, head: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('keeps chains per tenant: beta sees only its own', async () => {
    const betaAdmin = await login(t, 'beta-admin');
    const entries = (await betaAdmin.agent.get('/api/audit').expect(200)).body as { action: string; after: { code?: string } }[];
    expect(entries.some((e) => e.after?.code?.startsWith('alpha-'))).toBe(false);
  });

  it('is append-only in the database itself', async () => {
    await expect(t.sql(`UPDATE audit_log SET actor_name = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(t.sql(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(t.sql(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
  });

  it('detects an entry edited behind the database’s back, and a removed one', async () => {
    const rows = await alphaRows();
    const edited = rows[rows.length - 2].seq;
    await t.sql(`ALTER TABLE audit_log DISABLE TRIGGER tg_audit_log_append_only`);
    await t.sql(`UPDATE audit_log SET after = jsonb_set(after, '{name}', '"forged"') WHERE seq = $1`, [edited]);
    const changed = (await auditor.agent.get('/api/audit/verify').expect(200)).body;
    expect(changed).toMatchObject({ valid: false, brokenAt: { seq: edited, reason: 'content-changed' } });

    await t.sql(`DELETE FROM audit_log WHERE seq = $1`, [edited]);
    const removed = (await auditor.agent.get('/api/audit/verify').expect(200)).body;
    expect(removed).toMatchObject({ valid: false, brokenAt: { seq: rows[rows.length - 1].seq, reason: 'link-broken' } });
    await t.sql(`ALTER TABLE audit_log ENABLE TRIGGER tg_audit_log_append_only`);
  });

  it('is readable only with audit.read, and validates its query', async () => {
    const staff = await login(t, 'alpha-staff');
    await staff.agent.get('/api/audit/verify').expect(403);
    const bad = await auditor.agent.get('/api/audit?limit=5000&beforeSeq=abc').expect(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['beforeSeq', 'limit']);
  });
});
