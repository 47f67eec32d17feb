import type { WorkingCalendar } from '@duban/calendar';
import type { Channel } from '../job-types.js';

export interface NumberingScheme {
  /** e.g. `{prefix}〔{year}〕{seq}号`; `{seq:3}` pads to 3 digits. */
  pattern: string;
  prefix?: string;
}

export interface EmailChannelConfig {
  from: string;
  /** SMTP URL (`smtp://host:port`), for development; production names an environment variable instead. */
  smtpUrl?: string;
  smtpUrlEnv?: string;
}

export interface SmsChannelConfig {
  /** HTTP gateway receiving `POST { to, text, tenantId, messageId }`. */
  url: string;
  /** Bearer token set by an administrator (stored write-only); otherwise read from the variable `tokenEnv` names. */
  token?: string;
  tokenEnv?: string;
}

export interface TenantConfig {
  name?: string;
  numbering: Record<string, NumberingScheme>;
  notifications: {
    channels: Channel[];
    email?: EmailChannelConfig;
    sms?: SmsChannelConfig;
  };
}

/** Per-tenant configuration of the workers (numbering, channels) and the tenant's working calendar. */
export interface TenantConfigSource {
  /** Defaults (no numbering schemes, in-app only) when the tenant has no configuration file. */
  config(tenantId: string): Promise<TenantConfig>;
  calendar(tenantId: string): Promise<WorkingCalendar>;
  /** Forget what is cached for a tenant (its settings were just changed in this process). */
  invalidate?(tenantId: string): void;
}

export const DEFAULT_TENANT_CONFIG: TenantConfig = Object.freeze({
  numbering: {},
  notifications: { channels: ['in-app'] },
}) as TenantConfig;
