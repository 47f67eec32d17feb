import type { Migration } from './migration.js';

/** An uploaded calendar is shown back as the administrator wrote it: `json` keeps the keys' order, `jsonb` sorts them. */
export const calendarAsUploadedMigration: Migration = {
  version: 5,
  name: 'calendar-as-uploaded',
  sql: `ALTER TABLE tenant_calendar ALTER COLUMN overrides TYPE json USING overrides::json;`,
};
