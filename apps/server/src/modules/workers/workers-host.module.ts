import { Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { WorkersModule } from '@duban/workers/nest';
import type { WorkflowEngine } from '@duban/workflow';
import pg from 'pg';
import { SERVER_CONFIG } from '../../platform/config/config.module.js';
import type { ServerConfig } from '../../platform/config/server-config.js';
import { DatabaseHost } from '../../platform/database/database-host.js';
import { DatabaseHostModule } from '../../platform/database/database-host.module.js';
import { WORKFLOW_ENGINE } from '../../platform/workflow/workflow-engine.provider.js';

export const WORKERS_PG_POOL = Symbol('WORKERS_PG_POOL');

/** The workers' tables live beside the server's: `<schema>_workers`. */
export const workersSchemaOf = (config: ServerConfig): string => `${config.databaseSchema}_workers`;

/** Ends the workers' pool after the workers have drained (shutdown hooks run after module destroy hooks). */
@Injectable()
class WorkersPoolCloser implements OnApplicationShutdown {
  constructor(@Inject(WORKERS_PG_POOL) private readonly pool: pg.Pool) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}

@Global()
@Module({
  imports: [DatabaseHostModule],
  providers: [
    {
      provide: WORKERS_PG_POOL,
      inject: [DatabaseHost],
      useFactory: (host: DatabaseHost) => {
        const pool = new pg.Pool({ connectionString: host.target.url, max: 6, application_name: 'duban-workers' });
        pool.on('error', (error) => new Logger('Workers').warn(`database connection lost: ${error.message}`));
        return pool;
      },
    },
    WorkersPoolCloser,
  ],
  exports: [WORKERS_PG_POOL],
})
class WorkersPoolModule {}

const workers = WorkersModule.forRootAsync({
  imports: [WorkersPoolModule],
  inject: [WORKFLOW_ENGINE, WORKERS_PG_POOL, SERVER_CONFIG],
  // DUBAN_WORKERS=off: an API-only process (scale-out, where apps/worker replicas run the workers).
  useFactory: (engine: WorkflowEngine, pool: pg.Pool, config: ServerConfig) => ({
    engine: process.env.DUBAN_WORKERS === 'off' ? null : engine,
    dispatchOutbox: process.env.DUBAN_WORKERS !== 'off',
    pool,
    processesDir: config.processesDir,
    schema: workersSchemaOf(config),
  }),
});

/**
 * The generic workers (libs/workers) in this process — embedded mode runs them beside the API; in scale-out they
 * run in apps/worker as well (they share work safely). `WORKERS_DATABASE` reads documents and evaluation facts.
 */
@Global()
@Module({ imports: [WorkersPoolModule, workers], exports: [workers] })
export class WorkersHostModule {}
