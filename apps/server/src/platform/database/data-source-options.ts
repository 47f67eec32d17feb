import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions.js';
import { MIGRATIONS } from './migrations/index.js';

export interface DatabaseTarget {
  url: string;
  /** The server's tables live in this schema; `search_path` points at it so raw SQL needs no prefix. */
  schema: string;
}

export function dataSourceOptions(target: DatabaseTarget): PostgresConnectionOptions {
  return {
    type: 'postgres',
    url: target.url,
    schema: target.schema,
    synchronize: false,
    migrationsRun: false, // run by runMigrations() under an advisory lock
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    applicationName: 'duban-server',
    extra: { options: `-c search_path=${target.schema}`, max: 10 },
  };
}
