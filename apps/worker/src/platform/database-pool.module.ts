import {
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  OnModuleDestroy,
} from '@nestjs/common';
import { createPgPool } from '@duban/engine-host';
import type pg from 'pg';
import type { WorkerConfig } from './worker-config.js';

export const WORKER_CONFIG = Symbol('WORKER_CONFIG');
export const PG_POOL = Symbol('PG_POOL');

/** Ends the pool last, after the worker modules have drained their jobs. */
@Injectable()
class PoolCloser implements OnApplicationShutdown {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}
  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}

const HEARTBEAT_MS = 30_000;

/**
 * Checks the database every 30 s and logs when it goes away and comes back: the workers' own polls only log their
 * failures one by one, this says once that the database is the cause.
 */
@Injectable()
class DatabaseHeartbeat implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('DatabaseHeartbeat');
  private timer?: NodeJS.Timeout;
  private healthy = true;

  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.beat(), HEARTBEAT_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  private async beat(): Promise<void> {
    try {
      await this.pool.query('SELECT 1');
      if (!this.healthy) this.logger.log('数据库已恢复 / database reachable again');
      this.healthy = true;
    } catch (error) {
      if (this.healthy) this.logger.error(`数据库不可用 / database unreachable: ${(error as Error).message}`);
      this.healthy = false;
    }
  }
}

/** One pg pool for the generic workers; the boot fails at once if the database cannot be reached. */
@Global()
@Module({
  providers: [
    {
      provide: PG_POOL,
      inject: [WORKER_CONFIG],
      useFactory: async (config: WorkerConfig) => {
        const pool = createPgPool({ connectionString: config.databaseUrl, max: 10, applicationName: 'duban-worker', logger: new Logger('PgPool') });
        try {
          await pool.query('SELECT 1');
        } catch (error) {
          await pool.end();
          throw new Error(`cannot reach the database in DATABASE_URL: ${(error as Error).message}`);
        }
        return pool;
      },
    },
    PoolCloser,
    DatabaseHeartbeat,
  ],
  exports: [PG_POOL],
})
export class DatabasePoolModule {}
