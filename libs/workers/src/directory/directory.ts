/** The organisation of a tenant as the workers need it: roles, units, people, registries. */
export interface Role {
  code: string;
  name: string;
}

export interface Unit {
  code: string;
  name: string;
}

export interface Person {
  id: string;
  name: string;
  unit?: string;
  roles: string[];
  email?: string;
  mobile?: string;
}

export interface Organisation {
  roles: Role[];
  units: Unit[];
  people: Person[];
  /** Named lists of person ids, e.g. the registry of supervision cadres. */
  registries: Record<string, string[]>;
  /** Who holds a role for a unit without belonging to it, e.g. the leader in charge (分管领导) of a bureau. */
  roleBindings: RoleBinding[];
}

export interface RoleBinding {
  role: string;
  unit: string;
  person: string;
}

/**
 * Organisation lookups. Implemented from `processes/<tenant>/organisation.json` now and later by the server's
 * organisation tables; workers depend on this interface only.
 */
export interface Directory {
  /** Undefined when the tenant has no organisation at all. */
  organisation(tenantId: string): Promise<Organisation | undefined>;
}
