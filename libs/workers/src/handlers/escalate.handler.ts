import type { Variables } from '@duban/workflow';
import { requireOrganisation } from '../directory/role-lookup.util.js';
import { invalidHeader } from '../common/job-input.js';
import { JobType, NOTIFY_TEMPLATES } from '../job-types.js';
import { recordNotifications } from '../notifications/notification.recorder.js';
import { resolveRecipients } from '../notifications/recipients.util.js';
import type { JobContext, JobTypeHandler } from '../runtime/job-context.js';
import { WorkerErrorCode, WorkerException } from '../worker.exception.js';
import { channelsOf } from './notify.handler.js';

/** 升级督办: records a step of the overdue ladder and notifies the people of the role escalated to. */
export const escalateHandler: JobTypeHandler = {
  type: JobType.escalate,
  async handle(ctx: JobContext): Promise<Variables> {
    const { input, job } = ctx;
    input.requiredHeader('level');
    const level = input.intHeader('level', 1, 1, 99);
    const roles = input.listHeader('to');
    if (roles.length === 0) throw invalidHeader('to', '缺失或为空', 'must list at least one role');
    const template = input.enumHeader('template', NOTIFY_TEMPLATES, 'escalated');
    if (template === 'custom') throw invalidHeader('template', '不支持 custom', 'cannot be custom here');
    const channels = channelsOf(input);

    const organisation = await requireOrganisation(ctx.deps.directory, ctx.tenantId);
    const people = resolveRecipients(organisation, input, 'to', { requireSome: false });
    if (people.length === 0) {
      throw new WorkerException(WorkerErrorCode.NotFound, `升级对象角色 ${roles.join(',')} 无人任职（nobody to escalate to）`);
    }
    await ctx.tx.query(
      `INSERT INTO escalation (tenant_id, item_id, level, roles, people, process_instance_key, element_id, job_key,
                               escalated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [ctx.tenantId, ctx.itemId, level, roles, people.map((p) => p.id), job.processInstanceKey, job.elementId, job.key, new Date(ctx.now)],
    );
    const withLevel = { ...ctx, job: { ...job, variables: { ...job.variables, escalationLevel: level } } };
    await recordNotifications(withLevel, { template, channels, people });
    return { escalationLevel: level, escalatedTo: people.map((person) => person.id) };
  },
};
