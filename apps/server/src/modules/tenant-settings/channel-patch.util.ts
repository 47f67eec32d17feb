import { CHANNEL_FIELDS, type EffectiveChannel } from '@duban/workers';

export interface ChannelPatch {
  enabled?: boolean;
  config?: Record<string, unknown>;
}

const ENV_NAME = /^[A-Z_][A-Z0-9_]{0,63}$/;

/** What each setting must look like; a message per bad value, Chinese first. */
const CHECKS: Record<string, (value: string) => string | null> = {
  from: (v) => (v.length <= 200 && v.includes('@') ? null : '发件人应含电子邮箱地址 / sender must contain an e-mail address'),
  smtpUrl: (v) => (/^smtps?:\/\/\S+$/.test(v) ? null : '应为 smtp:// 或 smtps:// 地址 / must be an smtp:// or smtps:// URL'),
  smtpUrlEnv: (v) => (ENV_NAME.test(v) ? null : '应为环境变量名（大写字母、数字、下划线）/ must be an environment variable name'),
  url: (v) => (isHttpUrl(v) ? null : '应为 http:// 或 https:// 地址 / must be an http(s) URL'),
  token: (v) => (v.length <= 500 && !/\s/.test(v) ? null : '令牌不能含空白且不超过 500 字符 / no spaces, at most 500 characters'),
  tokenEnv: (v) => (ENV_NAME.test(v) ? null : '应为环境变量名（大写字母、数字、下划线）/ must be an environment variable name'),
};

/**
 * The channel after a PATCH, or the problems by field (`enabled`, `config.<key>`). Null or '' removes a setting.
 * An enabled channel must be usable: e-mail needs a sender and an SMTP URL (or the variable holding it), SMS a
 * gateway URL. In-app messages are the inbox's own and cannot be turned off.
 */
export function applyChannelPatch(current: EffectiveChannel, patch: ChannelPatch): { channel: EffectiveChannel } | { fields: Record<string, string[]> } {
  const fields: Record<string, string[]> = {};
  const add = (field: string, problem: string) => (fields[field] ??= []).push(problem);
  const allowed = CHANNEL_FIELDS[current.kind];
  const config = { ...current.config };
  const secrets = { ...current.secrets };
  for (const [key, raw] of Object.entries(patch.config ?? {})) {
    const secret = allowed.secrets.includes(key);
    if (!secret && !allowed.config.includes(key)) {
      add(`config.${key}`, `未知设置，可用：${[...allowed.config, ...allowed.secrets].join(', ') || '无'} / unknown setting`);
      continue;
    }
    if (raw !== null && typeof raw !== 'string') {
      add(`config.${key}`, '应为字符串或 null / must be a string or null');
      continue;
    }
    const target = secret ? secrets : config;
    const value = raw?.trim() ?? '';
    if (value === '') {
      delete target[key];
      continue;
    }
    const problem = CHECKS[key]?.(value) ?? null;
    if (problem) add(`config.${key}`, problem);
    else target[key] = value;
  }
  const enabled = patch.enabled ?? current.enabled;
  if (current.kind === 'in-app' && !enabled) add('enabled', '站内消息是基本渠道，不能停用 / in-app messages cannot be turned off');
  if (enabled && current.kind === 'email') {
    if (!config.from) add('config.from', '启用邮件需要发件人 / an enabled e-mail channel needs a sender');
    if (!secrets.smtpUrl && !config.smtpUrlEnv) add('config.smtpUrl', '启用邮件需要 SMTP 地址或其环境变量名 / needs smtpUrl or smtpUrlEnv');
  }
  if (enabled && current.kind === 'sms' && !config.url) add('config.url', '启用短信需要网关地址 / an enabled SMS channel needs the gateway URL');
  if (Object.keys(fields).length > 0) return { fields };
  return { channel: { kind: current.kind, enabled, config, secrets, source: 'database' } };
}

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
