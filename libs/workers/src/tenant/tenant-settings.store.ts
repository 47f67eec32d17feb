import pg from 'pg';
import type { Channel } from '../job-types.js';

/** Runs one statement and returns its rows: a pg pool/`WorkersDatabase.query`, or a TypeORM manager's `query`. */
export type RunQuery = <R>(sql: string, params: unknown[]) => Promise<R[]>;

export interface StoredCalendar {
  /** As uploaded (calendar.json format), validated before it was stored. */
  overrides: unknown;
  updatedAt: Date;
  updatedBy: string | null;
}

export interface StoredChannel {
  kind: Channel;
  enabled: boolean;
  /** Readable settings (sender, gateway URL, names of environment variables). */
  config: Record<string, string>;
  /** Write-only values: never returned by a read API. */
  secrets: Record<string, string>;
  updatedAt: Date;
}

/**
 * The tenant settings tables of the workers' schema (migration 4), keyed by tenant code. Table names are
 * schema-qualified so that another connection (the server's, inside its own transaction with the audit entry)
 * can write them too.
 */
export class TenantSettingsStore {
  private readonly calendarTable: string;
  private readonly channelTable: string;

  constructor(
    private readonly run: RunQuery,
    schema: string,
  ) {
    const quoted = pg.escapeIdentifier(schema);
    this.calendarTable = `${quoted}.tenant_calendar`;
    this.channelTable = `${quoted}.tenant_channel`;
  }

  async calendar(tenantId: string): Promise<StoredCalendar | undefined> {
    const [row] = await this.run<{ overrides: unknown; updated_at: Date; updated_by: string | null }>(
      `SELECT overrides, updated_at, updated_by FROM ${this.calendarTable} WHERE tenant_id = $1`,
      [tenantId],
    );
    return row ? { overrides: row.overrides, updatedAt: new Date(row.updated_at), updatedBy: row.updated_by } : undefined;
  }

  async saveCalendar(tenantId: string, overrides: unknown, updatedBy: string | null, at = new Date()): Promise<void> {
    await this.run(
      `INSERT INTO ${this.calendarTable} (tenant_id, overrides, updated_at, updated_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id) DO UPDATE SET overrides = EXCLUDED.overrides, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
      [tenantId, JSON.stringify(overrides), at, updatedBy],
    );
  }

  async channels(tenantId: string): Promise<StoredChannel[]> {
    const rows = await this.run<{ kind: Channel; enabled: boolean; config: Record<string, string>; secrets: Record<string, string>; updated_at: Date }>(
      `SELECT kind, enabled, config, secrets, updated_at FROM ${this.channelTable} WHERE tenant_id = $1 ORDER BY kind`,
      [tenantId],
    );
    return rows.map((r) => ({ kind: r.kind, enabled: r.enabled, config: r.config, secrets: r.secrets, updatedAt: new Date(r.updated_at) }));
  }

  async saveChannel(tenantId: string, channel: Omit<StoredChannel, 'updatedAt'>, updatedBy: string | null, at = new Date()): Promise<void> {
    await this.run(
      `INSERT INTO ${this.channelTable} (tenant_id, kind, enabled, config, secrets, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (tenant_id, kind) DO UPDATE SET enabled = EXCLUDED.enabled, config = EXCLUDED.config, secrets = EXCLUDED.secrets,
         updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
      [tenantId, channel.kind, channel.enabled, JSON.stringify(channel.config), JSON.stringify(channel.secrets), at, updatedBy],
    );
  }
}
