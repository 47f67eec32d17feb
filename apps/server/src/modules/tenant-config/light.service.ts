import { Inject, Injectable } from '@nestjs/common';
import { WORKERS_TENANT_CONFIG, type TenantConfigSource } from '@duban/workers';
import { SERVER_CONFIG } from '../../platform/config/config.module.js';
import type { ServerConfig } from '../../platform/config/server-config.js';
import { lightBounds, type LightBounds } from './light-bounds.util.js';
import { TenantSettingsReader } from './tenant-settings.reader.js';

/**
 * Lights of a tenant: its working calendar and its yellow threshold. The calendar is the one the workers use
 * (an administrator's upload, else calendar.json, over the shipped data), so lights and deadlines agree.
 */
@Injectable()
export class LightService {
  readonly settings: TenantSettingsReader;

  constructor(
    @Inject(SERVER_CONFIG) config: ServerConfig,
    @Inject(WORKERS_TENANT_CONFIG) private readonly tenants: TenantConfigSource,
  ) {
    this.settings = new TenantSettingsReader(config.processesDir);
  }

  async bounds(tenantCode: string, now = Date.now()): Promise<LightBounds> {
    const [calendar, settings] = await Promise.all([this.tenants.calendar(tenantCode), this.settings.read(tenantCode)]);
    return lightBounds(now, calendar, settings.yellowWithinWorkingDays);
  }
}
