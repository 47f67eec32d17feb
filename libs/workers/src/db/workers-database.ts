import pg from 'pg';
import { MIGRATIONS } from './migrations/index.js';

export const DEFAULT_WORKERS_SCHEMA = 'duban_workers';
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** The workers' own PostgreSQL schema: transactions with search_path set to it, and its migrations. */
export class WorkersDatabase {
  private readonly quotedSchema: string;

  constructor(
    readonly pool: pg.Pool,
    readonly schema: string = DEFAULT_WORKERS_SCHEMA,
  ) {
    if (!SCHEMA_NAME.test(schema)) throw new RangeError(`invalid schema name "${schema}"`);
    this.quotedSchema = pg.escapeIdentifier(schema);
  }

  async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SET LOCAL search_path TO ${this.quotedSchema}, public`);
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** A single statement outside an explicit transaction. */
  async query<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R[]> {
    return this.transaction(async (client) => (await client.query<R>(sql, params)).rows);
  }

  /** Applies missing migrations under an advisory lock, so several processes may start at once. */
  async migrate(): Promise<number[]> {
    return this.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`duban-workers-migrate:${this.schema}`]);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${this.quotedSchema}`);
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migration (
        version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
      const done = new Set(
        (await client.query<{ version: number }>('SELECT version FROM schema_migration')).rows.map((r) => r.version),
      );
      const applied: number[] = [];
      for (const migration of MIGRATIONS) {
        if (done.has(migration.version)) continue;
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migration (version, name) VALUES ($1, $2)', [
          migration.version,
          migration.name,
        ]);
        applied.push(migration.version);
      }
      return applied;
    });
  }
}
