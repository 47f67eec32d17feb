import type { Variables } from '@duban/workflow';
import { requireOrganisation } from '../directory/role-lookup.util.js';
import { CHANNELS, JobType, NOTIFY_TEMPLATES, type Channel } from '../job-types.js';
import { invalidHeader, type JobInput } from '../common/job-input.js';
import { recordNotifications } from '../notifications/notification.recorder.js';
import { resolveRecipients } from '../notifications/recipients.util.js';
import type { JobContext, JobTypeHandler } from '../runtime/job-context.js';

/** 催办通知: in-app notifications plus e-mail / SMS through the outbox, to roles, units' contacts or named people. */
export const notifyHandler: JobTypeHandler = {
  type: JobType.notify,
  async handle(ctx: JobContext): Promise<Variables> {
    const { input } = ctx;
    const template = input.enumHeader('template', NOTIFY_TEMPLATES, 'urge');
    const message = input.header('message');
    if (template === 'custom' && !message) throw invalidHeader('message', '缺失（模板为 custom）', 'is required for custom');
    const channels = channelsOf(input);
    const resultVariable = input.variableNameHeader('resultVariable');
    const organisation = await requireOrganisation(ctx.deps.directory, ctx.tenantId);
    const people = resolveRecipients(organisation, input, 'recipients', { requireSome: true });
    const ids = await recordNotifications(ctx, { template, message, channels, people });
    return resultVariable ? { [resultVariable]: ids } : {};
  },
};

export function channelsOf(input: JobInput): Channel[] {
  const channels = input.listHeader('channels');
  if (channels.length === 0) return ['in-app'];
  for (const channel of channels) {
    if (!(CHANNELS as readonly string[]).includes(channel)) {
      throw invalidHeader('channels', `含未知渠道 "${channel}"，可选 ${CHANNELS.join(' / ')}`, 'has an unknown channel');
    }
  }
  return [...new Set(channels)] as Channel[];
}
