import { Module } from '@nestjs/common';
import { ItemsModule } from '../items/items.module.js';
import { ProcessAdminModule } from '../process-admin/process-admin.module.js';
import { InstanceViewController } from './instance-view.controller.js';
import { InstanceViewService } from './instance-view.service.js';

/** One process instance for its diagram (task page, item page) and for process administrators. */
@Module({ imports: [ProcessAdminModule, ItemsModule], controllers: [InstanceViewController], providers: [InstanceViewService] })
export class InstanceViewModule {}
