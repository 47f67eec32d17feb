import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { peopleInRole, requireOrganisation } from '../directory/role-lookup.util.js';
import { FileDirectory } from '../directory/file-directory.js';
import { FileTenantConfigSource } from '../tenant/file-tenant-config.source.js';

// The agreement with the modelling work: every tenant folder under processes/ loads through the workers' readers.
const processesDir = fileURLToPath(new URL('../../../../processes/', import.meta.url));
const tenantIds = readdirSync(processesDir).filter(
  (name) => statSync(`${processesDir}${name}`).isDirectory() && readdirSync(`${processesDir}${name}`).includes('organisation.json'),
);

describe('tenant files under processes/', () => {
  const directory = new FileDirectory(processesDir);
  const tenants = new FileTenantConfigSource(processesDir);

  it('exist', () => {
    expect(tenantIds.length).toBeGreaterThan(0);
  });

  it.each(tenantIds)('%s: organisation, tenant configuration and calendar load and are consistent', async (tenantId) => {
    const organisation = await requireOrganisation(directory, tenantId);
    expect(organisation.people.length).toBeGreaterThan(0);
    const config = await tenants.config(tenantId);
    expect(config.numbering.default?.pattern).toContain('{seq}');
    expect((await tenants.calendar(tenantId)).hasDataFor(2026)).toBe(true);
    for (const binding of organisation.roleBindings) {
      expect(peopleInRole(organisation, binding.role, binding.unit).map((p) => p.id)).toContain(binding.person);
    }
  });
});
