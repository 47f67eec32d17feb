import { DynamicModule, Global, Module } from '@nestjs/common';
import { schemasOf } from '@duban/engine-host';
import { WORKFLOW_ENGINE, WorkflowEngineModule } from '@duban/engine-host/nest';
import { WorkersModule } from '@duban/workers/nest';
import type { WorkflowEngine } from '@duban/workflow';
import type pg from 'pg';
import { DatabasePoolModule, PG_POOL, WORKER_CONFIG } from './platform/database-pool.module.js';
import type { WorkerConfig } from './platform/worker-config.js';

@Global()
@Module({})
class WorkerConfigModule {
  static forRoot(config: WorkerConfig): DynamicModule {
    return {
      module: WorkerConfigModule,
      providers: [{ provide: WORKER_CONFIG, useValue: Object.freeze({ ...config }) }],
      exports: [WORKER_CONFIG],
    };
  }
}

/**
 * The scale-out worker process: the generic workers of libs/workers (every `duban:*` job type and the notification
 * outbox) on the engine `DUBAN_ENGINE` names, in the same schemas as apps/server (`<schema>_engine`,
 * `<schema>_workers`), so API replicas started with DUBAN_WORKERS=off leave the work to these replicas.
 * Shutdown: the workers drain, the engine closes, then the pool.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: WorkerConfig): DynamicModule {
    const schemas = schemasOf(config.databaseSchema);
    return {
      module: WorkerModule,
      imports: [
        WorkerConfigModule.forRoot(config),
        DatabasePoolModule,
        WorkflowEngineModule.forRootAsync({
          useFactory: () => ({ engine: config.engine, zeebe: config.zeebe, databaseUrl: config.databaseUrl, schema: schemas.engine }),
        }),
        WorkersModule.forRootAsync({
          inject: [WORKFLOW_ENGINE, PG_POOL],
          useFactory: (engine: WorkflowEngine, pool: pg.Pool) => ({
            engine,
            pool,
            processesDir: config.processesDir,
            schema: schemas.workers,
          }),
        }),
      ],
    };
  }
}
