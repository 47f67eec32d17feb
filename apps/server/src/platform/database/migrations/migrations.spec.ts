import { afterAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import pg from 'pg';
import { TEST_DATABASE_URL, uniqueSchema } from '../../../__tests__/test-app.js';
import { dataSourceOptions } from '../data-source-options.js';
import { runMigrations } from '../run-migrations.js';
import { MIGRATIONS } from './index.js';

describe('migrations', () => {
  const schema = uniqueSchema('migrations');
  const admin = new pg.Pool({ connectionString: TEST_DATABASE_URL, max: 1 });
  const tables = async () =>
    (await admin.query<{ t: string }>(`SELECT table_name AS t FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1`, [schema])).rows.map(
      (r) => r.t,
    );
  afterAll(async () => {
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.end();
  });

  it('apply in order, twice in parallel without harm, and revert one by one down to nothing', async () => {
    const sources = [0, 1].map(() => new DataSource(dataSourceOptions({ url: TEST_DATABASE_URL, schema })));
    await Promise.all(sources.map((s) => s.initialize()));
    try {
      // Two replicas starting together: the advisory lock lets one migrate, the other finds nothing to do.
      const applied = await Promise.all(sources.map((s) => runMigrations(s, schema)));
      expect(applied.map((a) => a.length).sort()).toEqual([0, MIGRATIONS.length]);
      expect(await tables()).toEqual(
        expect.arrayContaining(['account', 'audit_log', 'person', 'person_role', 'role', 'session', 'tenant', 'typeorm_migrations', 'unit']),
      );

      for (let i = 0; i < MIGRATIONS.length; i++) await sources[0].undoLastMigration({ transaction: 'all' });
      expect(await tables()).toEqual(['typeorm_migrations']);
      expect((await runMigrations(sources[0], schema)).length).toBe(MIGRATIONS.length);
    } finally {
      await Promise.all(sources.map((s) => s.destroy()));
    }
  });
});
