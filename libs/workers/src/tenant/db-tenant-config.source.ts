import { createWorkingCalendar, type WorkingCalendar } from '@duban/calendar';
import type { WorkersDatabase } from '../db/workers-database.js';
import { effectiveChannels, withChannels } from './tenant-channels.util.js';
import type { TenantConfig, TenantConfigSource } from './tenant-config.js';
import { TenantSettingsStore } from './tenant-settings.store.js';

/** How long a tenant's settings are kept: another process's change is seen within this time. */
export const TENANT_SETTINGS_TTL_MS = 5_000;

interface Cached<T> {
  at: number;
  value: Promise<T>;
}

/**
 * Tenant settings as administrators change them in the browser (the workers' `tenant_calendar` and
 * `tenant_channel` tables) over the files under processes/ (`files`): an uploaded calendar replaces calendar.json,
 * a stored channel replaces its tenant.json setting; everything else (numbering, name) comes from the files.
 * Kept for `ttlMs`; `invalidate` makes a change made in this process count at once.
 */
export class DbTenantConfigSource implements TenantConfigSource {
  private readonly store: TenantSettingsStore;
  private readonly configs = new Map<string, Cached<TenantConfig>>();
  private readonly calendars = new Map<string, Cached<WorkingCalendar>>();

  constructor(
    db: WorkersDatabase,
    private readonly files: TenantConfigSource,
    private readonly ttlMs = TENANT_SETTINGS_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {
    this.store = new TenantSettingsStore(<R>(sql: string, params: unknown[]) => db.query(sql, params) as Promise<R[]>, db.schema);
  }

  config(tenantId: string): Promise<TenantConfig> {
    return this.cached(this.configs, tenantId, async () => {
      const file = await this.files.config(tenantId);
      return withChannels(file, effectiveChannels(file, await this.store.channels(tenantId)));
    });
  }

  calendar(tenantId: string): Promise<WorkingCalendar> {
    return this.cached(this.calendars, tenantId, async () => {
      const stored = await this.store.calendar(tenantId);
      // Validated when it was stored; createWorkingCalendar checks it again all the same.
      return stored ? createWorkingCalendar(stored.overrides) : this.files.calendar(tenantId);
    });
  }

  invalidate(tenantId: string): void {
    this.configs.delete(tenantId);
    this.calendars.delete(tenantId);
    this.files.invalidate?.(tenantId);
  }

  private cached<T>(cache: Map<string, Cached<T>>, tenantId: string, load: () => Promise<T>): Promise<T> {
    const hit = cache.get(tenantId);
    if (hit && this.now() - hit.at < this.ttlMs) return hit.value;
    const value = load();
    cache.set(tenantId, { at: this.now(), value });
    // A failed read is not kept: the next call tries again.
    value.catch(() => cache.get(tenantId)?.value === value && cache.delete(tenantId));
    return value;
  }
}
