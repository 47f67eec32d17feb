import { join } from 'node:path';
import { createWorkingCalendar, isCalendarError, type WorkingCalendar } from '@duban/calendar';
import { invalidConfiguration, JsonFileCache } from '../common/json-file.cache.js';
import { DEFAULT_TENANT_CONFIG, type TenantConfig, type TenantConfigSource } from './tenant-config.js';
import { parseTenantConfig } from './tenant-config.parser.js';

/** `<processesDir>/<tenant>/tenant.json` and `calendar.json`. */
export class FileTenantConfigSource implements TenantConfigSource {
  private readonly configs = new JsonFileCache<TenantConfig>(parseTenantConfig);
  private readonly calendars = new JsonFileCache<WorkingCalendar>(toCalendar);
  private shippedCalendar?: WorkingCalendar;

  constructor(private readonly processesDir: string) {}

  async config(tenantId: string): Promise<TenantConfig> {
    return (await this.configs.read(join(this.processesDir, tenantId, 'tenant.json'))) ?? DEFAULT_TENANT_CONFIG;
  }

  async calendar(tenantId: string): Promise<WorkingCalendar> {
    const own = await this.calendars.read(join(this.processesDir, tenantId, 'calendar.json'));
    if (own) return own;
    this.shippedCalendar ??= createWorkingCalendar();
    return this.shippedCalendar;
  }
}

function toCalendar(raw: unknown, path: string): WorkingCalendar {
  try {
    return createWorkingCalendar(raw);
  } catch (error) {
    if (isCalendarError(error)) throw invalidConfiguration(path, error.problems.length ? error.problems : [error.message]);
    throw error;
  }
}
