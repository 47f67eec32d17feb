import { TenantSettingsStore } from '@duban/workers';
import type { EntityManager } from 'typeorm';

/**
 * The workers' tenant settings tables (libs/workers migration 4) written through the server's own transaction,
 * so that a change and its audit entry commit together. Both schemas live in the same database.
 */
export function settingsStoreOn(manager: EntityManager, workersSchema: string): TenantSettingsStore {
  return new TenantSettingsStore(<R>(sql: string, params: unknown[]) => manager.query(sql, params) as Promise<R[]>, workersSchema);
}

/** Serialises changes to one tenant's settings until commit, so that each audit entry's `before` is exact. */
export async function lockTenantSettings(manager: EntityManager, tenantCode: string, what: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`duban-tenant-settings:${what}:${tenantCode}`]);
}
