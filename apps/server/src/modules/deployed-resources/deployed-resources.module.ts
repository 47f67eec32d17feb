import { Module } from '@nestjs/common';
import { DeployedResourcesController } from './deployed-resources.controller.js';
import { DeployedResourcesService } from './deployed-resources.service.js';

/** What the form and DMN editors can open: the tenant's deployed forms and decision files. */
@Module({ controllers: [DeployedResourcesController], providers: [DeployedResourcesService] })
export class DeployedResourcesModule {}
