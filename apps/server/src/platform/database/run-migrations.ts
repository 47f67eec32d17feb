import type { DataSource, Migration } from 'typeorm';

/**
 * Applies pending migrations under a PostgreSQL advisory lock, so that several server or worker replicas
 * starting together migrate once. All pending migrations share one transaction: nothing is half-applied.
 */
export async function runMigrations(dataSource: DataSource, schema: string): Promise<Migration[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [`duban-migrations:${schema}`]);
    await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    return await dataSource.runMigrations({ transaction: 'all' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [`duban-migrations:${schema}`]).catch(() => undefined);
    await runner.release();
  }
}
