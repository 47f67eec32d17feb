import type { TenantConfig } from '../tenant/tenant-config.js';

export interface OutboxMessage {
  id: string;
  tenantId: string;
  channel: 'email' | 'sms';
  address: string;
  subject: string;
  body: string;
  attempts: number;
}

/** Delivers one message on one channel; throws when the far side did not accept it (the outbox retries). */
export interface ChannelSender {
  send(message: OutboxMessage, config: TenantConfig): Promise<void>;
}
