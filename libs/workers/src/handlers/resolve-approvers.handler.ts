import type { Variables } from '@duban/workflow';
import { peopleInRole, requireOrganisation, requireRole } from '../directory/role-lookup.util.js';
import { invalidHeader } from '../common/job-input.js';
import { JobType } from '../job-types.js';
import type { JobContext, JobTypeHandler } from '../runtime/job-context.js';
import { WorkerErrorCode, WorkerException } from '../worker.exception.js';

/** 审批链: ordered role codes → one person per role, in order, for a sequential multi-instance user task. */
export const resolveApproversHandler: JobTypeHandler = {
  type: JobType.resolveApprovers,
  async handle({ input, tenantId, deps }: JobContext): Promise<Variables> {
    const roles = input.listHeader('roles');
    if (roles.length === 0) throw invalidHeader('roles', '缺失或为空', 'must list at least one role');
    const unitVariable = input.variableNameHeader('unitVariable');
    const unit = unitVariable ? input.stringVariable(unitVariable) : undefined;
    if (unitVariable && !unit) {
      throw new WorkerException(WorkerErrorCode.InvalidVariable, `变量 "${unitVariable}" 缺失（unit variable is empty）`);
    }
    const resultVariable = input.variableNameHeader('resultVariable', 'approvers') as string;
    const onMissing = input.enumHeader('onMissing', ['incident', 'skip'] as const, 'incident');

    const organisation = await requireOrganisation(deps.directory, tenantId);
    const detail = [];
    for (const code of roles) {
      const role = requireRole(organisation, code);
      const [person] = peopleInRole(organisation, code, unit);
      if (!person) {
        if (onMissing === 'skip') continue;
        throw new WorkerException(WorkerErrorCode.NotFound, `角色 "${role.name}"（${code}）无人任职，审批链无法确定`);
      }
      detail.push({ role: code, roleName: role.name, personId: person.id, name: person.name, unit: person.unit ?? null });
    }
    if (detail.length === 0) {
      throw new WorkerException(WorkerErrorCode.NotFound, `审批链 ${roles.join(',')} 中没有任何人员`);
    }
    return { [resultVariable]: detail.map((entry) => entry.personId), [`${resultVariable}Detail`]: detail };
  },
};
