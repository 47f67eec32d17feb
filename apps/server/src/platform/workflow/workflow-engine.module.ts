import type { DynamicModule } from '@nestjs/common';
import { schemasOf } from '@duban/engine-host';
import { WorkflowEngineModule as HostedWorkflowEngineModule } from '@duban/engine-host/nest';
import { SERVER_CONFIG } from '../config/config.module.js';
import type { ServerConfig } from '../config/server-config.js';
import { DatabaseHost } from '../database/database-host.js';
import { DatabaseHostModule } from '../database/database-host.module.js';

export { WORKFLOW_ENGINE } from '@duban/engine-host';

/**
 * `@Inject(WORKFLOW_ENGINE) engine: WorkflowEngine` — embedded or Zeebe by `DUBAN_ENGINE` (libs/engine-host, as in
 * apps/worker). Embedded: on the server's database (or its embedded PostgreSQL), schema `<schema>_engine`. The engine
 * closes before TypeORM and the embedded PostgreSQL go.
 */
export const WorkflowEngineModule: DynamicModule = HostedWorkflowEngineModule.forRootAsync({
  imports: [DatabaseHostModule],
  inject: [SERVER_CONFIG, DatabaseHost],
  useFactory: (config: ServerConfig, host: DatabaseHost) => ({
    engine: config.engine,
    zeebe: config.zeebe,
    databaseUrl: host.target.url,
    schema: schemasOf(host.target.schema).engine,
  }),
});
