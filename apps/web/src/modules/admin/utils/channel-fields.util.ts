import type { MessageKey } from '../../i18n/utils/messages.zh';

const LABELS: Record<string, MessageKey> = {
  from: 'admin.channelField.from',
  smtpUrl: 'admin.channelField.smtpUrl',
  smtpUrlEnv: 'admin.channelField.smtpUrlEnv',
  url: 'admin.channelField.url',
  token: 'admin.channelField.token',
  tokenEnv: 'admin.channelField.tokenEnv',
};

/** A channel setting's label; a setting this version does not know by its key. */
export function channelFieldLabel(t: (key: MessageKey) => string, key: string): string {
  const label = LABELS[key];
  return label ? t(label) : key;
}
