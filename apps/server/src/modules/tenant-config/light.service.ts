import { Inject, Injectable } from '@nestjs/common';
import { FileTenantConfigSource } from '@duban/workers';
import { SERVER_CONFIG } from '../../platform/config/config.module.js';
import type { ServerConfig } from '../../platform/config/server-config.js';
import { lightBounds, type LightBounds } from './light-bounds.util.js';
import { TenantSettingsReader } from './tenant-settings.reader.js';

/** Lights of a tenant: its working calendar (calendar.json over the shipped data) and its yellow threshold. */
@Injectable()
export class LightService {
  private readonly calendars: FileTenantConfigSource;
  readonly settings: TenantSettingsReader;

  constructor(@Inject(SERVER_CONFIG) config: ServerConfig) {
    this.calendars = new FileTenantConfigSource(config.processesDir);
    this.settings = new TenantSettingsReader(config.processesDir);
  }

  async bounds(tenantCode: string, now = Date.now()): Promise<LightBounds> {
    const [calendar, settings] = await Promise.all([this.calendars.calendar(tenantCode), this.settings.read(tenantCode)]);
    return lightBounds(now, calendar, settings.yellowWithinWorkingDays);
  }
}
