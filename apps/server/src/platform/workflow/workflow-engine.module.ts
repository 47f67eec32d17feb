import { BeforeApplicationShutdown, Global, Inject, Injectable, Module } from '@nestjs/common';
import type { WorkflowEngine } from '@duban/workflow';
import { SERVER_CONFIG } from '../config/config.module.js';
import type { ServerConfig } from '../config/server-config.js';
import { DatabaseHost } from '../database/database-host.js';
import { DatabaseHostModule } from '../database/database-host.module.js';
import { createWorkflowEngine, WORKFLOW_ENGINE } from './workflow-engine.provider.js';

/** Closes the engine (draining its workers) before the database connections go away. */
@Injectable()
class WorkflowEngineCloser implements BeforeApplicationShutdown {
  constructor(@Inject(WORKFLOW_ENGINE) private readonly engine: WorkflowEngine | null) {}

  async beforeApplicationShutdown(): Promise<void> {
    await this.engine?.close();
  }
}

@Global()
@Module({
  imports: [DatabaseHostModule],
  providers: [
    {
      provide: WORKFLOW_ENGINE,
      inject: [SERVER_CONFIG, DatabaseHost],
      useFactory: (config: ServerConfig, host: DatabaseHost) => createWorkflowEngine(config, host),
    },
    WorkflowEngineCloser,
  ],
  exports: [WORKFLOW_ENGINE],
})
export class WorkflowEngineModule {}
