import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from './platform/audit/audit.module.js';
import { DeployedResourcesModule } from './modules/deployed-resources/deployed-resources.module.js';
import { EventsModule } from './modules/events/events.module.js';
import { InboxModule } from './modules/inbox/inbox.module.js';
import { InstanceViewModule } from './modules/instance-view/instance-view.module.js';
import { ItemsModule } from './modules/items/items.module.js';
import { ReportsModule } from './modules/reports/reports.module.js';
import { ProcessAdminModule, ProcessDeployOnStartModule } from './modules/process-admin/process-admin.module.js';
import { TenantConfigModule } from './modules/tenant-config/tenant-config.module.js';
import { TenantSettingsModule } from './modules/tenant-settings/tenant-settings.module.js';
import { WorkersHostModule } from './modules/workers/workers-host.module.js';
import { AuthModule } from './platform/auth/auth.module.js';
import { ConfigModule } from './platform/config/config.module.js';
import type { ServerConfig } from './platform/config/server-config.js';
import { DatabaseModule } from './platform/database/database.module.js';
import { HealthModule } from './platform/health/health.module.js';
import { OrganisationModule } from './platform/organisation/organisation.module.js';
import { SeedModule } from './platform/seed/seed.module.js';
import { WorkflowEngineModule } from './platform/workflow/workflow-engine.module.js';

/**
 * Platform modules (config, database, engine, auth and tenancy, audit, organisation, seeding) — features in
 * `modules/` (items, inbox, reports, process administration) are added here as they arrive.
 */
@Module({})
export class AppModule {
  static forRoot(config: ServerConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        WorkflowEngineModule,
        AuditModule,
        AuthModule,
        OrganisationModule,
        SeedModule,
        HealthModule,
        // Features. ProcessDeployOnStartModule after SeedModule: it deploys processes/ for the seeded tenants.
        ProcessDeployOnStartModule,
        TenantConfigModule,
        EventsModule,
        WorkersHostModule,
        ProcessAdminModule,
        InboxModule,
        ItemsModule,
        ReportsModule,
        TenantSettingsModule,
        DeployedResourcesModule,
        InstanceViewModule,
      ],
    };
  }
}
