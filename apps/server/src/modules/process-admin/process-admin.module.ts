import { Module } from '@nestjs/common';
import { BundleDeployer } from './bundle-deployer.service.js';
import { DeployOnStart } from './deploy-on-start.service.js';
import { ProcessAdminController } from './process-admin.controller.js';
import { ProcessCatalog } from './process-catalog.service.js';

/** Deploying bundles per tenant, versions and deployed XML, forms; deploys processes/<tenant>/ at start. */
@Module({
  controllers: [ProcessAdminController],
  providers: [BundleDeployer, ProcessCatalog, DeployOnStart],
  exports: [BundleDeployer, ProcessCatalog],
})
export class ProcessAdminModule {}
