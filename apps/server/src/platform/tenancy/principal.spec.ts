import { describe, expect, it } from 'vitest';
import { buildPrincipal, canSeeUnit, type PrincipalIdentity } from './principal.js';

const identity: PrincipalIdentity = {
  personId: 'p1',
  personCode: 'x-contact',
  name: '联络员',
  username: 'x-contact',
  tenantId: 't1',
  tenantCode: 'x',
  unitId: 'u-own',
};

describe('buildPrincipal', () => {
  it('limits a unit-scoped person to their unit and the units they hold roles for', () => {
    const principal = buildPrincipal(identity, [
      { code: 'unit-contact', scope: 'unit', permissions: [], unitId: null },
      { code: 'unit-head', scope: 'unit', permissions: [], unitId: 'u-held' },
    ]);
    expect(principal.roles).toEqual(['unit-contact', 'unit-head']);
    expect(canSeeUnit(principal, 'u-own')).toBe(true);
    expect(canSeeUnit(principal, 'u-held')).toBe(true);
    expect(canSeeUnit(principal, 'u-other')).toBe(false);
    expect(canSeeUnit(principal, null)).toBe(false);
  });

  it('gives tenant-wide sight to a tenant-scoped role and to org.manage', () => {
    expect(buildPrincipal(identity, [{ code: 'staff', scope: 'tenant', permissions: [], unitId: null }]).unitScope).toBe('tenant');
    const admin = buildPrincipal(identity, [{ code: 'admin', scope: 'unit', permissions: ['org.manage'], unitId: null }]);
    expect(admin.unitScope).toBe('tenant');
    expect(admin.permissions.has('org.manage')).toBe(true);
    expect(canSeeUnit(admin, 'u-other')).toBe(true);
  });

  it('gives a person without roles only their own unit and no permissions', () => {
    const principal = buildPrincipal(identity, []);
    expect(principal.permissions.size).toBe(0);
    expect(canSeeUnit(principal, 'u-own')).toBe(true);
    expect(canSeeUnit(principal, 'u-other')).toBe(false);
  });
});
