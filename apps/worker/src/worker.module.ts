import { DynamicModule, Global, Module } from '@nestjs/common';
import { DatabasePoolModule, WORKER_CONFIG } from './platform/database-pool.module.js';
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
 * The scale-out worker process. The generic worker modules of `libs/workers` are added to `imports`
 * once they exist; they get the engine and the pg pool from here.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: WorkerConfig): DynamicModule {
    return { module: WorkerModule, imports: [WorkerConfigModule.forRoot(config), DatabasePoolModule] };
  }
}
