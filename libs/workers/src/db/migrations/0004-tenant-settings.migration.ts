import type { Migration } from './migration.js';

/**
 * What administrators change in the browser instead of the files under processes/: a tenant's calendar overrides
 * (calendar.json format) and its notification channels. A row replaces the file's setting; no row, the file counts.
 * `secrets` hold write-only values (SMTP URL with its password, SMS token) that no read API returns.
 */
export const tenantSettingsMigration: Migration = {
  version: 4,
  name: 'tenant-settings',
  sql: `
CREATE TABLE tenant_calendar (
  tenant_id   text PRIMARY KEY,
  overrides   jsonb NOT NULL,
  updated_at  timestamptz NOT NULL,
  updated_by  text
);

CREATE TABLE tenant_channel (
  tenant_id   text NOT NULL,
  kind        text NOT NULL,
  enabled     boolean NOT NULL,
  config      jsonb NOT NULL DEFAULT '{}',
  secrets     jsonb NOT NULL DEFAULT '{}',
  updated_at  timestamptz NOT NULL,
  updated_by  text,
  CONSTRAINT tenant_channel_pk PRIMARY KEY (tenant_id, kind),
  CONSTRAINT tenant_channel_kind_ck CHECK (kind IN ('in-app', 'email', 'sms'))
);
`,
};
