import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigurationError, loadServerConfig } from '../config/server-config.js';
import { dataSourceOptions } from './data-source-options.js';
import { DatabaseHost } from './database-host.js';
import { runMigrations } from './run-migrations.js';

/**
 * `node dist/platform/database/migrate.cli.js run|revert|show` — the Nx targets database:migrate and
 * database:migrate:revert. Same configuration as the server (DATABASE_URL, or the embedded PostgreSQL).
 */
async function main(command: string | undefined): Promise<void> {
  if (command !== 'run' && command !== 'revert' && command !== 'show') {
    throw new ConfigurationError([`usage: migrate.cli.js run|revert|show (got ${JSON.stringify(command)})`]);
  }
  const config = loadServerConfig();
  const host = await DatabaseHost.open(config);
  const dataSource = new DataSource(dataSourceOptions(host.target));
  try {
    await dataSource.initialize();
    if (command === 'run') {
      const applied = await runMigrations(dataSource, host.target.schema);
      console.log(applied.length ? `applied: ${applied.map((m) => m.name).join(', ')}` : 'nothing to apply');
    } else if (command === 'revert') {
      await dataSource.undoLastMigration({ transaction: 'all' });
    } else {
      const pending = await dataSource.showMigrations();
      console.log(pending ? 'pending migrations exist' : 'up to date');
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await host.onApplicationShutdown();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
