import type { JobInput } from '../common/job-input.js';
import type { Organisation, Person } from '../directory/directory.js';
import { peopleInRole, requirePerson } from '../directory/role-lookup.util.js';
import { WorkerErrorCode, WorkerException } from '../worker.exception.js';

export const UNIT_CONTACT_ROLE = 'unit-contact';

/**
 * Recipients from role codes (inside the units of `unitVariable` when set; the units' contacts when no roles are
 * given) plus the people named by `recipientVariable`. Each person once, in the order found.
 */
export function resolveRecipients(
  organisation: Organisation,
  input: JobInput,
  roleHeader: string,
  options: { requireSome: boolean },
): Person[] {
  const roles = input.listHeader(roleHeader);
  const unitVariable = input.variableNameHeader('unitVariable');
  const units = unitVariable ? input.stringListVariable(unitVariable) : [];
  if (unitVariable && units.length === 0) {
    throw new WorkerException(WorkerErrorCode.InvalidVariable, `变量 "${unitVariable}" 缺失（unit variable is empty）`);
  }
  const recipientVariable = input.variableNameHeader('recipientVariable');
  const found = new Map<string, Person>();
  const add = (people: Person[]) => people.forEach((person) => found.set(person.id, person));

  const effectiveRoles = roles.length === 0 && units.length > 0 ? [UNIT_CONTACT_ROLE] : roles;
  for (const role of effectiveRoles) {
    if (units.length === 0) add(peopleInRole(organisation, role));
    for (const unit of units) add(peopleInRole(organisation, role, unit));
  }
  if (recipientVariable) {
    for (const id of input.stringListVariable(recipientVariable)) add([requirePerson(organisation, id)]);
  }
  if (options.requireSome && found.size === 0) {
    throw new WorkerException(
      WorkerErrorCode.NotFound,
      '找不到通知对象：请设置 recipients、unitVariable 或 recipientVariable，并确认角色有人任职（no recipients）',
    );
  }
  return [...found.values()];
}
