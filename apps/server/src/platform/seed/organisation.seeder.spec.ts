import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, FIXTURE_PROCESSES, login, REPO_PROCESSES, type TestApp } from '../../__tests__/test-app.js';
import { OrganisationSeeder, withAdministrator } from './organisation.seeder.js';
import { readTenantFolders, TenantFolderError } from './tenant-folder.reader.js';

const PASSWORD = 'seed-demo-password';

describe('seeding from processes/', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('seed');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('creates every tenant folder’s organisation once; a second run changes nothing', async () => {
    const folders = readTenantFolders(REPO_PROCESSES);
    expect(folders.length).toBeGreaterThanOrEqual(5);
    const seeder = t.app.get(OrganisationSeeder);

    const first = await seeder.seed(folders, PASSWORD);
    for (const [i, folder] of folders.entries()) {
      const { organisation, tenant } = folder;
      const people = withAdministrator(tenant.id, tenant.name, organisation.people);
      expect(first[i].created.units).toHaveLength(organisation.units.length);
      expect(first[i].created.people).toHaveLength(people.length);
      const [counts] = await t.sql<{ people: number; grants: number }>(
        `SELECT (SELECT count(*)::int FROM person WHERE tenant_id = t.id) AS people,
                (SELECT count(*)::int FROM person_role WHERE tenant_id = t.id) AS grants
           FROM tenant t WHERE t.code = $1`,
        [tenant.id],
      );
      const expectedGrants = people.reduce((n, p) => n + (p.roles?.length ?? 0), 0) + (organisation.roleBindings?.length ?? 0);
      expect(counts).toEqual({ people: people.length, grants: expectedGrants });
      const [admin] = await t.sql<{ roles: string[] }>(
        `SELECT array_agg(r.code ORDER BY r.code) AS roles FROM person p JOIN person_role pr ON pr.person_id = p.id
           JOIN role r ON r.id = pr.role_id WHERE p.code = $1 AND p.tenant_id = (SELECT id FROM tenant WHERE code = $2)`,
        [`${tenant.id}-admin`, tenant.id],
      );
      expect(admin.roles).toContain('admin');
      // the roles' permissions come from the file (e.g. 督查室 items.all, process administrators process.manage)
      const roles = await t.sql<{ code: string; permissions: string[] }>(
        `SELECT code, permissions FROM role WHERE tenant_id = (SELECT id FROM tenant WHERE code = $1)`,
        [tenant.id],
      );
      for (const role of organisation.roles) expect(roles.find((r) => r.code === role.code)?.permissions, role.code).toEqual(role.permissions ?? []);
    }
    const auditBefore = await t.sql('SELECT seq FROM audit_log');

    const second = await seeder.seed(folders, PASSWORD);
    expect(second.every((r) => Object.values(r.created).every((list) => list.length === 0))).toBe(true);
    expect(await t.sql('SELECT seq FROM audit_log')).toHaveLength(auditBefore.length);

    const someone = folders[0].organisation.people.find((p) => p.login)!;
    const session = await login(t, someone.login!, PASSWORD);
    expect(session.user).toMatchObject({ tenantCode: folders[0].tenant.id });
  });

  it('leaves administrators’ edits alone when it runs again', async () => {
    const folders = readTenantFolders(FIXTURE_PROCESSES);
    const seeder = t.app.get(OrganisationSeeder);
    await seeder.seed(folders, PASSWORD);
    await t.sql(`UPDATE unit SET name = '改过的名字' WHERE code = 'alpha-office'`);
    await t.sql(`DELETE FROM person_role WHERE person_id = (SELECT id FROM person WHERE code = 'alpha-staff')`);
    await seeder.seed(folders, PASSWORD);
    expect(await t.sql(`SELECT name FROM unit WHERE code = 'alpha-office'`)).toEqual([{ name: '改过的名字' }]);
    expect(await t.sql(`SELECT 1 FROM person_role WHERE person_id = (SELECT id FROM person WHERE code = 'alpha-staff')`)).toHaveLength(0);
  });
});

describe('readTenantFolders', () => {
  function folderWith(organisation: object): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'duban-seed-'));
    mkdirSync(path.join(dir, 'gamma'));
    writeFileSync(path.join(dir, 'gamma', 'tenant.json'), JSON.stringify({ id: 'gamma', name: '伽马县' }));
    writeFileSync(path.join(dir, 'gamma', 'organisation.json'), JSON.stringify(organisation));
    return dir;
  }

  it('names the file and the field of a bad organisation file', () => {
    const dir = folderWith({ tenant: 'gamma', roles: [{ code: 'x', name: 'X', scope: 'county' }], units: [], people: [{ id: 'p', name: '' }] });
    expect(() => readTenantFolders(dir)).toThrow(TenantFolderError);
    expect(() => readTenantFolders(dir)).toThrow(/gamma\/organisation\.json: .*roles\.0\.scope.*people\.0\.name/);
  });

  it('refuses an organisation file of another tenant', () => {
    const base = JSON.parse(readFileSync(path.join(FIXTURE_PROCESSES, 'alpha', 'organisation.json'), 'utf8'));
    expect(() => readTenantFolders(folderWith(base))).toThrow(/must agree/);
  });
});
