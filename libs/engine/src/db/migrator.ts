import type pg from 'pg';
import { migration001 } from '../migrations/001-init.migration.js';
import { migration002 } from '../migrations/002-incident-element-index.migration.js';
import { migration003 } from '../migrations/003-lock-load-function.migration.js';
import { migration004 } from '../migrations/004-lock-load-jobs-function.migration.js';
import { migration005 } from '../migrations/005-history-indexes.migration.js';

/** Numbered migrations, applied in order; append only. */
const MIGRATIONS: { version: number; sql: string }[] = [
  { version: 1, sql: migration001 },
  { version: 2, sql: migration002 },
  { version: 3, sql: migration003 },
  { version: 4, sql: migration004 },
  { version: 5, sql: migration005 },
];

/**
 * Creates the schema and applies the migrations it has not seen, under an advisory lock, so that several engine
 * processes starting together migrate once (graphile-worker style).
 */
export async function migrate(pool: pg.Pool, schema: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [`duban_engine_migrate:${schema}`]);
    try {
      await client.query(`create schema if not exists ${quoteIdent(schema)}`);
      await client.query(
        `create table if not exists ${quoteIdent(schema)}.migrations (version int primary key, applied_at timestamptz not null default now())`,
      );
      const { rows } = await client.query<{ version: number }>(
        `select coalesce(max(version), 0) as version from ${quoteIdent(schema)}.migrations`,
      );
      const current = rows[0]?.version ?? 0;
      for (const migration of MIGRATIONS.filter((m) => m.version > current)) {
        await client.query('begin');
        try {
          await client.query(`set local search_path to ${quoteIdent(schema)}`);
          await client.query(migration.sql);
          await client.query(`insert into ${quoteIdent(schema)}.migrations (version) values ($1)`, [migration.version]);
          await client.query('commit');
        } catch (error) {
          await client.query('rollback');
          throw error;
        }
      }
    } finally {
      await client.query('select pg_advisory_unlock(hashtext($1))', [`duban_engine_migrate:${schema}`]);
    }
  } finally {
    client.release();
  }
}

export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/i.test(name)) throw new Error(`invalid schema name ${name}`);
  return `"${name}"`;
}
