import { invalidConfiguration } from '../common/json-file.cache.js';
import { CHANNELS, type Channel } from '../job-types.js';
import type { NumberingScheme, TenantConfig } from './tenant-config.js';

const PLACEHOLDER = /\{([a-z]+)(?::(\d+))?\}/g;
const KNOWN_PLACEHOLDERS = new Set(['prefix', 'year', 'seq']);

/** Validates `tenant.json`: every problem is listed, nothing is guessed. */
export function parseTenantConfig(raw: unknown, path: string): TenantConfig {
  const problems: string[] = [];
  const root = isObject(raw) ? raw : (problems.push('根应为对象'), {} as Record<string, unknown>);
  const numbering: Record<string, NumberingScheme> = {};
  const rawNumbering = root['numbering'] ?? {};
  if (!isObject(rawNumbering)) problems.push('numbering 应为对象');
  else {
    for (const [name, scheme] of Object.entries(rawNumbering)) {
      if (!isObject(scheme) || typeof scheme['pattern'] !== 'string') {
        problems.push(`numbering.${name}.pattern 应为字符串`);
        continue;
      }
      problems.push(...checkPattern(name, scheme['pattern'], scheme['prefix']));
      numbering[name] = {
        pattern: scheme['pattern'],
        prefix: typeof scheme['prefix'] === 'string' ? scheme['prefix'] : undefined,
      };
    }
  }
  const rawNotifications = root['notifications'] ?? {};
  const notifications: TenantConfig['notifications'] = { channels: ['in-app'] };
  if (!isObject(rawNotifications)) problems.push('notifications 应为对象');
  else {
    const channels = rawNotifications['channels'] ?? ['in-app'];
    if (!Array.isArray(channels) || !channels.every((c) => (CHANNELS as readonly unknown[]).includes(c))) {
      problems.push(`notifications.channels 只能包含 ${CHANNELS.join(', ')}`);
    } else notifications.channels = channels as Channel[];
    const email = rawNotifications['email'];
    if (email !== undefined) {
      if (!isObject(email) || typeof email['from'] !== 'string') problems.push('notifications.email.from 应为字符串');
      else notifications.email = { from: email['from'], smtpUrl: str(email['smtpUrl']), smtpUrlEnv: str(email['smtpUrlEnv']) };
    }
    const sms = rawNotifications['sms'];
    if (sms !== undefined) {
      if (!isObject(sms) || typeof sms['url'] !== 'string') problems.push('notifications.sms.url 应为字符串');
      else notifications.sms = { url: sms['url'], tokenEnv: str(sms['tokenEnv']) };
    }
  }
  if (problems.length > 0) throw invalidConfiguration(path, problems);
  return { name: str(root['name']), numbering, notifications };
}

function checkPattern(name: string, pattern: string, prefix: unknown): string[] {
  const problems: string[] = [];
  const names = [...pattern.matchAll(PLACEHOLDER)].map((match) => match[1]);
  for (const placeholder of names) {
    if (!KNOWN_PLACEHOLDERS.has(placeholder)) problems.push(`numbering.${name}: 未知占位符 {${placeholder}}`);
  }
  if (!names.includes('seq')) problems.push(`numbering.${name}: 编号格式必须包含 {seq}`);
  if (names.includes('prefix') && typeof prefix !== 'string') problems.push(`numbering.${name}.prefix 应为字符串`);
  return problems;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
