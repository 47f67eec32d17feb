import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASE_URL } from '../__tests__/test-engine.js';
import { migrate } from './migrator.js';

describe('migrator', () => {
  const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 6 });
  const schema = `t_migrate_${randomBytes(4).toString('hex')}`;
  afterAll(async () => {
    await pool.query(`drop schema if exists "${schema}" cascade`);
    await pool.end();
  });

  it('applies every migration once, also when several engines start together', async () => {
    await Promise.all([migrate(pool, schema), migrate(pool, schema), migrate(pool, schema)]);
    await migrate(pool, schema);
    const { rows } = await pool.query<{ version: number }>(`select version from "${schema}".migrations order by version`);
    expect(rows.map((row) => row.version)).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    await expect(migrate(pool, 'x"; drop table y; --')).rejects.toThrow(/invalid schema name/);
  });
});
