import { WorkerErrorCode, WorkerException } from '../worker.exception.js';
import type { Directory, Organisation, Person, Role } from './directory.js';

export async function requireOrganisation(directory: Directory, tenantId: string): Promise<Organisation> {
  const organisation = await directory.organisation(tenantId);
  if (!organisation) {
    throw new WorkerException(
      WorkerErrorCode.MissingConfiguration,
      `租户 "${tenantId}" 没有组织机构配置（no organisation for tenant）`,
    );
  }
  return organisation;
}

export function requireRole(organisation: Organisation, code: string): Role {
  const role = organisation.roles.find((candidate) => candidate.code === code);
  if (!role) throw new WorkerException(WorkerErrorCode.NotFound, `角色 "${code}" 不存在（unknown role）`);
  return role;
}

export function requireUnit(organisation: Organisation, code: string): void {
  if (!organisation.units.some((unit) => unit.code === code)) {
    throw new WorkerException(WorkerErrorCode.NotFound, `单位 "${code}" 不存在（unknown unit）`);
  }
}

/**
 * People holding a role, in file order. With a unit, the first of these that finds someone: the role bindings
 * for that unit (e.g. its 分管领导), the unit's own holders, then — for a county-level role such as 督查室 —
 * every holder in the organisation.
 */
export function peopleInRole(organisation: Organisation, roleCode: string, unitCode?: string): Person[] {
  requireRole(organisation, roleCode);
  const holders = organisation.people.filter((person) => person.roles.includes(roleCode));
  if (unitCode === undefined) return holders;
  requireUnit(organisation, unitCode);
  const bound = organisation.roleBindings
    .filter((binding) => binding.role === roleCode && binding.unit === unitCode)
    .map((binding) => requirePerson(organisation, binding.person));
  if (bound.length > 0) return bound;
  const inUnit = holders.filter((person) => person.unit === unitCode);
  return inUnit.length > 0 ? inUnit : holders;
}

export function requirePerson(organisation: Organisation, id: string): Person {
  const person = organisation.people.find((candidate) => candidate.id === id);
  if (!person) throw new WorkerException(WorkerErrorCode.NotFound, `人员 "${id}" 不存在（unknown person）`);
  return person;
}

export function unitName(organisation: Organisation, code: string): string {
  return organisation.units.find((unit) => unit.code === code)?.name ?? code;
}
