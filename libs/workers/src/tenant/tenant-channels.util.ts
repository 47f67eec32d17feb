import { CHANNELS, type Channel } from '../job-types.js';
import type { TenantConfig } from './tenant-config.js';
import type { StoredChannel } from './tenant-settings.store.js';

/** Which settings a channel has; `secrets` are write-only. */
export const CHANNEL_FIELDS: Record<Channel, { config: readonly string[]; secrets: readonly string[] }> = {
  'in-app': { config: [], secrets: [] },
  email: { config: ['from', 'smtpUrlEnv'], secrets: ['smtpUrl'] },
  sms: { config: ['url', 'tokenEnv'], secrets: ['token'] },
};

export interface EffectiveChannel {
  kind: Channel;
  enabled: boolean;
  config: Record<string, string>;
  secrets: Record<string, string>;
  /** Where the setting comes from: an administrator's change, or tenant.json. */
  source: 'database' | 'file';
}

/** Each channel as it is in force: a stored row replaces the tenant.json setting of its channel as a whole. */
export function effectiveChannels(file: TenantConfig, stored: StoredChannel[]): EffectiveChannel[] {
  return CHANNELS.map((kind) => {
    const row = stored.find((s) => s.kind === kind);
    if (row) return { kind, enabled: row.enabled, config: { ...row.config }, secrets: { ...row.secrets }, source: 'database' };
    return { kind, enabled: file.notifications.channels.includes(kind), ...fileSettings(kind, file), source: 'file' };
  });
}

/** The tenant config the workers use, with the channels as in force. In-app is always on. */
export function withChannels(file: TenantConfig, channels: EffectiveChannel[]): TenantConfig {
  const email = channels.find((c) => c.kind === 'email');
  const sms = channels.find((c) => c.kind === 'sms');
  return {
    ...file,
    notifications: {
      channels: CHANNELS.filter((kind) => kind === 'in-app' || channels.some((c) => c.kind === kind && c.enabled)),
      email: email?.config.from ? { from: email.config.from, smtpUrl: email.secrets.smtpUrl, smtpUrlEnv: email.config.smtpUrlEnv } : undefined,
      sms: sms?.config.url ? { url: sms.config.url, token: sms.secrets.token, tokenEnv: sms.config.tokenEnv } : undefined,
    },
  };
}

function fileSettings(kind: Channel, file: TenantConfig): Pick<EffectiveChannel, 'config' | 'secrets'> {
  const { email, sms } = file.notifications;
  if (kind === 'email' && email) return { config: defined({ from: email.from, smtpUrlEnv: email.smtpUrlEnv }), secrets: defined({ smtpUrl: email.smtpUrl }) };
  if (kind === 'sms' && sms) return { config: defined({ url: sms.url, tokenEnv: sms.tokenEnv }), secrets: defined({ token: sms.token }) };
  return { config: {}, secrets: {} };
}

function defined(record: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
