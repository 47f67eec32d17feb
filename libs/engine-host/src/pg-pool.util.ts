import pg from 'pg';

/** Where hosting code reports; Nest's `Logger` fits, so does `console`. */
export interface HostLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/**
 * A pool that logs a lost connection instead of crashing the process (an idle client's error is emitted on the
 * pool, and an unhandled 'error' event ends Node): a database restart costs the queries in flight, not the process.
 */
export function createPgPool(options: { connectionString: string; max: number; applicationName: string; logger: HostLogger }): pg.Pool {
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.max, application_name: options.applicationName });
  pool.on('error', (error) => options.logger.warn(`数据库连接中断 / database connection lost (${options.applicationName}): ${error.message}`));
  return pool;
}
