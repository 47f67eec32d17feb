import type { Permission } from './permission.js';

/** The person behind a session, before their roles are read. */
export interface PrincipalIdentity {
  personId: string;
  personCode: string;
  name: string;
  username: string;
  tenantId: string;
  tenantCode: string;
  unitId: string | null;
}

/**
 * Who is calling, as established by the session — the only source of the tenant and the user.
 * Services take it as their first argument; no request parameter can change it.
 */
export interface Principal extends PrincipalIdentity {
  roles: string[];
  permissions: ReadonlySet<Permission>;
  /** `tenant`: sees the whole tenant. Otherwise the units this person may see (own unit + units held for). */
  unitScope: 'tenant' | ReadonlySet<string>;
}

export interface RoleGrant {
  code: string;
  scope: 'tenant' | 'unit';
  permissions: Permission[];
  /** The unit the role is held for, if any. */
  unitId: string | null;
}

/** Roles → permissions and visible units. A tenant-wide role or org.manage sees the whole tenant. */
export function buildPrincipal(identity: PrincipalIdentity, grants: RoleGrant[]): Principal {
  const permissions = new Set<Permission>(grants.flatMap((g) => g.permissions));
  const tenantWide = permissions.has('org.manage') || grants.some((g) => g.scope === 'tenant');
  const units = new Set<string>();
  if (identity.unitId) units.add(identity.unitId);
  for (const grant of grants) if (grant.unitId) units.add(grant.unitId);
  return {
    ...identity,
    roles: [...new Set(grants.map((g) => g.code))].sort(),
    permissions,
    unitScope: tenantWide ? 'tenant' : units,
  };
}

export function canSeeUnit(principal: Principal, unitId: string | null): boolean {
  if (principal.unitScope === 'tenant') return true;
  return unitId !== null && principal.unitScope.has(unitId);
}
