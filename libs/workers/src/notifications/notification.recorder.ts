import type { Channel, NotifyTemplate } from '../job-types.js';
import type { Person } from '../directory/directory.js';
import type { JobContext } from '../runtime/job-context.js';
import type { TenantConfig } from '../tenant/tenant-config.js';
import { renderMessage } from './message-templates.js';

export interface NotificationRequest {
  template: NotifyTemplate;
  message?: string;
  channels: Channel[];
  people: Person[];
}

/**
 * Writes one in-app notification per person and one outbox row per person and external channel, inside the
 * job's transaction: the outbox dispatcher delivers them later, so nothing is lost if a mail server is down.
 */
export async function recordNotifications(ctx: JobContext, request: NotificationRequest): Promise<string[]> {
  const config = await ctx.deps.tenants.config(ctx.tenantId);
  const { title, body } = renderMessage(request.template, ctx.job.variables, request.message);
  const at = new Date(ctx.now);
  const ids: string[] = [];
  for (const person of request.people) {
    const { rows } = await ctx.tx.query<{ id: string }>(
      `INSERT INTO notification (tenant_id, item_id, person_id, template, title, body, job_key, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [ctx.tenantId, ctx.itemId, person.id, request.template, title, body, ctx.job.key, at],
    );
    ids.push(rows[0].id);
    for (const channel of request.channels) {
      if (channel === 'in-app') continue;
      const { address, problem } = deliveryOf(channel, person, config);
      await ctx.tx.query(
        `INSERT INTO outbox (tenant_id, notification_id, channel, address, subject, body, status, last_error,
                             next_attempt_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)`,
        [ctx.tenantId, rows[0].id, channel, address, title, body, problem ? 'undeliverable' : 'pending', problem, at],
      );
    }
  }
  return ids;
}

/** Why a message cannot go out on a channel is recorded, not retried: retrying would not fix it. */
function deliveryOf(
  channel: 'email' | 'sms',
  person: Person,
  config: TenantConfig,
): { address: string | null; problem: string | null } {
  const address = (channel === 'email' ? person.email : person.mobile) ?? null;
  if (!config.notifications.channels.includes(channel)) return { address, problem: `租户未启用渠道 ${channel}` };
  if (channel === 'email' && !config.notifications.email) return { address, problem: '租户未配置邮件发送' };
  if (channel === 'sms' && !config.notifications.sms) return { address, problem: '租户未配置短信网关' };
  if (!address) return { address, problem: channel === 'email' ? `${person.name} 无电子邮箱` : `${person.name} 无手机号码` };
  return { address, problem: null };
}
