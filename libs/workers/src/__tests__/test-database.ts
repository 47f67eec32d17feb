import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { WorkersDatabase } from '../db/workers-database.js';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A migrated, uniquely named schema for one spec file; `drop()` removes it and closes the pool. */
export async function createTestDatabase(purpose: string, poolSize = 10) {
  const schema = `t_workers_${purpose}_${randomBytes(4).toString('hex')}`;
  const pool = new pg.Pool({ connectionString: DATABASE_URL, max: poolSize });
  const db = new WorkersDatabase(pool, schema);
  await db.migrate();
  return {
    db,
    schema,
    async drop() {
      await pool.query(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(schema)} CASCADE`);
      await pool.end();
    },
  };
}
