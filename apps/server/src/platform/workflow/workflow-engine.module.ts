import { BeforeApplicationShutdown, Global, Injectable, Module } from '@nestjs/common';
import { SERVER_CONFIG } from '../config/config.module.js';
import type { ServerConfig } from '../config/server-config.js';
import { DatabaseHost } from '../database/database-host.js';
import { DatabaseHostModule } from '../database/database-host.module.js';
import { WORKFLOW_ENGINE, WorkflowEngineHost } from './workflow-engine.provider.js';

/** Closes the engine (draining its workers) before TypeORM and the embedded PostgreSQL go away. */
@Injectable()
class WorkflowEngineCloser implements BeforeApplicationShutdown {
  constructor(private readonly host: WorkflowEngineHost) {}

  async beforeApplicationShutdown(): Promise<void> {
    await this.host.close();
  }
}

/** `@Inject(WORKFLOW_ENGINE) engine: WorkflowEngine` — the port; features never know which engine it is. */
@Global()
@Module({
  imports: [DatabaseHostModule],
  providers: [
    {
      provide: WorkflowEngineHost,
      inject: [SERVER_CONFIG, DatabaseHost],
      useFactory: (config: ServerConfig, host: DatabaseHost) => WorkflowEngineHost.create(config, host),
    },
    { provide: WORKFLOW_ENGINE, inject: [WorkflowEngineHost], useFactory: (host: WorkflowEngineHost) => host.engine },
    WorkflowEngineCloser,
  ],
  exports: [WORKFLOW_ENGINE],
})
export class WorkflowEngineModule {}

