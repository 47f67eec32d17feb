import type { TenantConfig } from '../tenant/tenant-config.js';
import type { ChannelSender, OutboxMessage } from './channel-sender.js';

const TIMEOUT_MS = 10_000;

/**
 * SMS through the tenant's HTTP gateway: `POST <url>` with `{ to, text, tenantId, messageId }` as JSON, an optional
 * bearer token (set by an administrator, or from the environment variable the config names). Any non-2xx answer is a failure to retry; the
 * gateway can use `messageId` to drop duplicates after a retry.
 */
export class SmsSender implements ChannelSender {
  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  async send(message: OutboxMessage, config: TenantConfig): Promise<void> {
    const sms = config.notifications.sms;
    if (!sms) throw new Error('租户未配置短信网关 (no SMS gateway)');
    const token = sms.token ?? (sms.tokenEnv ? this.env[sms.tokenEnv] : undefined);
    const response = await fetch(sms.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({
        to: message.address,
        text: `${message.subject} ${message.body}`,
        tenantId: message.tenantId,
        messageId: `outbox-${message.id}`,
      }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) {
      const detail = (await response.text().catch(() => '')).slice(0, 200);
      throw new Error(`短信网关返回 ${response.status}${detail ? `: ${detail}` : ''}`);
    }
  }
}
