import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from './platform/config/config.module.js';
import type { ServerConfig } from './platform/config/server-config.js';
import { DatabaseModule } from './platform/database/database.module.js';
import { HealthModule } from './platform/health/health.module.js';
import { WorkflowEngineModule } from './platform/workflow/workflow-engine.module.js';

/** Platform modules (config, database, engine, health) first, then the features in `modules/`. */
@Module({})
export class AppModule {
  static forRoot(config: ServerConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, WorkflowEngineModule, HealthModule],
    };
  }
}
