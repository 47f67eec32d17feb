import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CHANNEL_FIELDS,
  CHANNELS,
  effectiveChannels,
  FileTenantConfigSource,
  WORKERS_DATABASE,
  WORKERS_TENANT_CONFIG,
  type Channel,
  type EffectiveChannel,
  type TenantConfigSource,
  type WorkersDatabase,
} from '@duban/workers';
import type { DataSource, EntityManager } from 'typeorm';
import { actorOf, AuditService } from '../../platform/audit/audit.service.js';
import { SERVER_CONFIG } from '../../platform/config/config.module.js';
import type { ServerConfig } from '../../platform/config/server-config.js';
import type { Principal } from '../../platform/tenancy/principal.js';
import { applyChannelPatch, type ChannelPatch } from './channel-patch.util.js';
import type { NotificationChannelDto } from './dto/tenant-settings.dto.js';
import { lockTenantSettings, settingsStoreOn } from './settings-store.util.js';
import { TenantSettingsException, TenantSettingsExceptionCode } from './tenant-settings.exception.js';

const NAMES: Record<Channel, string> = { 'in-app': '站内消息', email: '电子邮件', sms: '短信' };

/**
 * The tenant's notification channels as the workers' outbox uses them: tenant.json's setting until an
 * administrator changes a channel here, then the stored one. Secrets (SMTP URL, SMS token) are write-only.
 */
@Injectable()
export class ChannelSettingsService {
  private readonly files: FileTenantConfigSource;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(WORKERS_DATABASE) private readonly workers: WorkersDatabase,
    @Inject(WORKERS_TENANT_CONFIG) private readonly tenants: TenantConfigSource,
    @Inject(SERVER_CONFIG) config: ServerConfig,
    private readonly audit: AuditService,
  ) {
    this.files = new FileTenantConfigSource(config.processesDir);
  }

  async list(principal: Principal): Promise<NotificationChannelDto[]> {
    return (await this.channels(this.dataSource.manager, principal.tenantCode)).map(toDto);
  }

  async update(principal: Principal, id: string, patch: ChannelPatch): Promise<NotificationChannelDto> {
    if (!(CHANNELS as readonly string[]).includes(id)) throw new TenantSettingsException(TenantSettingsExceptionCode.UNKNOWN_CHANNEL, '没有这个通知渠道');
    const code = principal.tenantCode;
    const updated = await this.dataSource.transaction(async (manager) => {
      await lockTenantSettings(manager, code, 'channels');
      const current = (await this.channels(manager, code)).find((c) => c.kind === id)!;
      const result = applyChannelPatch(current, patch);
      if ('fields' in result) {
        throw new TenantSettingsException(TenantSettingsExceptionCode.INVALID_CHANNEL_CONFIG, `通知渠道设置有误：${Object.keys(result.fields).join(', ')}`, result.fields);
      }
      const { kind, enabled, config, secrets } = result.channel;
      await settingsStoreOn(manager, this.workers.schema).saveChannel(code, { kind, enabled, config, secrets }, principal.username);
      await this.audit.record(manager, {
        tenantId: principal.tenantId,
        actor: actorOf(principal),
        action: 'notification-channel.update',
        entityType: 'notification_channel',
        entityId: kind,
        // Secrets are named, never written into the audit log.
        before: auditView(current),
        after: auditView(result.channel),
      });
      return result.channel;
    });
    this.tenants.invalidate?.(code);
    return toDto(updated);
  }

  private async channels(manager: EntityManager, tenantCode: string): Promise<EffectiveChannel[]> {
    const stored = await settingsStoreOn(manager, this.workers.schema).channels(tenantCode);
    return effectiveChannels(await this.files.config(tenantCode), stored);
  }
}

function toDto(channel: EffectiveChannel): NotificationChannelDto {
  return {
    id: channel.kind,
    kind: channel.kind,
    name: NAMES[channel.kind],
    enabled: channel.enabled,
    config: channel.config,
    secretsSet: Object.keys(channel.secrets).sort(),
    fields: CHANNEL_FIELDS[channel.kind],
    source: channel.source,
  };
}

const auditView = (c: EffectiveChannel) => ({ enabled: c.enabled, config: c.config, secretsSet: Object.keys(c.secrets).sort() });
