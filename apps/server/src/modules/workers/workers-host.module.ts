import { Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { createPgPool, schemasOf } from '@duban/engine-host';
import { WorkersModule } from '@duban/workers/nest';
import type { WorkflowEngine } from '@duban/workflow';
import type pg from 'pg';
import { SERVER_CONFIG } from '../../platform/config/config.module.js';
import type { ServerConfig } from '../../platform/config/server-config.js';
import { DatabaseHost } from '../../platform/database/database-host.js';
import { DatabaseHostModule } from '../../platform/database/database-host.module.js';
import { WORKFLOW_ENGINE } from '../../platform/workflow/workflow-engine.module.js';

export const WORKERS_PG_POOL = Symbol('WORKERS_PG_POOL');

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
      useFactory: (host: DatabaseHost) =>
        createPgPool({ connectionString: host.target.url, max: 6, applicationName: 'duban-workers', logger: new Logger('Workers') }),
    },
    WorkersPoolCloser,
  ],
  exports: [WORKERS_PG_POOL],
})
class WorkersPoolModule {}

const workers = WorkersModule.forRootAsync({
  imports: [WorkersPoolModule],
  inject: [WORKFLOW_ENGINE, WORKERS_PG_POOL, SERVER_CONFIG],
  // DUBAN_WORKERS=off: an API-only process (scale-out, where apps/worker replicas run the workers and the outbox).
  useFactory: (engine: WorkflowEngine, pool: pg.Pool, config: ServerConfig) => ({
    engine: config.workers ? engine : null,
    dispatchOutbox: config.workers,
    pool,
    processesDir: config.processesDir,
    // The workers' tables live beside the server's: `<schema>_workers`, the same as apps/worker's.
    schema: schemasOf(config.databaseSchema).workers,
  }),
});

/**
 * The generic workers (libs/workers) in this process — embedded mode runs them beside the API; in scale-out they
 * run in apps/worker as well (they share work safely). `WORKERS_DATABASE` reads documents and evaluation facts.
 */
@Global()
@Module({ imports: [WorkersPoolModule, workers], exports: [workers] })
export class WorkersHostModule {}
