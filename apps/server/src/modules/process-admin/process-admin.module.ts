import { Module } from '@nestjs/common';
import { BundleDeployer } from './bundle-deployer.service.js';
import { DeployOnStart } from './deploy-on-start.service.js';
import { EngineTenancy } from './engine-tenancy.service.js';
import { InstancesController } from './instances.controller.js';
import { ProcessAdminController } from './process-admin.controller.js';
import { ProcessCatalog } from './process-catalog.service.js';

/** Deploying bundles per tenant, versions and deployed XML, forms. */
@Module({
  controllers: [ProcessAdminController, InstancesController],
  providers: [BundleDeployer, ProcessCatalog, EngineTenancy],
  exports: [BundleDeployer, ProcessCatalog, EngineTenancy],
})
export class ProcessAdminModule {}

/**
 * Deploys processes/<tenant>/ at start. A module of its own, imported by AppModule alone and after SeedModule:
 * Nest runs bootstrap hooks deepest module first and in import order at equal depth, so the tenants exist by then.
 */
@Module({ imports: [ProcessAdminModule], providers: [DeployOnStart] })
export class ProcessDeployOnStartModule {}
