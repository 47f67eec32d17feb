import { initMigration } from './0001-init.migration.js';
import { recordsMigration } from './0002-records.migration.js';
import { documentsMigration } from './0003-documents.migration.js';
import { tenantSettingsMigration } from './0004-tenant-settings.migration.js';
import { calendarAsUploadedMigration } from './0005-calendar-as-uploaded.migration.js';
import type { Migration } from './migration.js';

export type { Migration } from './migration.js';

/** In version order; append only. */
export const MIGRATIONS: readonly Migration[] = [initMigration, recordsMigration, documentsMigration, tenantSettingsMigration, calendarAsUploadedMigration];
