import type { EffectiveChannel } from '@duban/workers';
import { describe, expect, it } from 'vitest';
import { applyChannelPatch } from './channel-patch.util.js';

const sms: EffectiveChannel = { kind: 'sms', enabled: true, config: { url: 'http://127.0.0.1:9090/sms', tokenEnv: 'DUBAN_SMS_TOKEN' }, secrets: {}, source: 'file' };
const email: EffectiveChannel = { kind: 'email', enabled: false, config: { from: '督查室 <d@example.org>' }, secrets: {}, source: 'file' };
const inApp: EffectiveChannel = { kind: 'in-app', enabled: true, config: {}, secrets: {}, source: 'file' };

describe('applyChannelPatch', () => {
  it('sets a write-only secret apart from the readable settings and removes a setting given null', () => {
    const result = applyChannelPatch(sms, { config: { token: ' s3cret ', tokenEnv: null } });
    expect(result).toEqual({ channel: { kind: 'sms', enabled: true, config: { url: 'http://127.0.0.1:9090/sms' }, secrets: { token: 's3cret' }, source: 'database' } });
  });

  it('names every bad or unknown setting', () => {
    const result = applyChannelPatch(sms, { config: { url: 'ftp://x', colour: 'red', tokenEnv: 'lower-case', token: 42 } });
    expect(Object.keys('fields' in result ? result.fields : {}).sort()).toEqual(['config.colour', 'config.token', 'config.tokenEnv', 'config.url']);
  });

  it('refuses to enable a channel it could not deliver on, and to turn off in-app messages', () => {
    expect(applyChannelPatch(email, { enabled: true })).toEqual({ fields: { 'config.smtpUrl': [expect.stringContaining('SMTP')] } });
    expect(applyChannelPatch(email, { enabled: true, config: { smtpUrl: 'smtp://u:p@mail.example.org:25' } })).toMatchObject({
      channel: { enabled: true, secrets: { smtpUrl: 'smtp://u:p@mail.example.org:25' } },
    });
    expect(applyChannelPatch(sms, { config: { url: '' } })).toEqual({ fields: { 'config.url': [expect.stringContaining('网关')] } });
    expect(applyChannelPatch(inApp, { enabled: false })).toEqual({ fields: { enabled: [expect.stringContaining('不能停用')] } });
    expect(applyChannelPatch(inApp, { config: { url: 'https://x' } })).toEqual({ fields: { 'config.url': [expect.stringContaining('未知设置')] } });
  });
});
