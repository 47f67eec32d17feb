import { Module } from '@nestjs/common';
import { InboxModule } from '../inbox/inbox.module.js';
import { ProcessAdminModule } from '../process-admin/process-admin.module.js';
import { ItemCommandsService } from './item-commands.service.js';
import { ItemSync } from './item-sync.service.js';
import { ItemViewService } from './item-view.service.js';
import { ItemsController } from './items.controller.js';
import { ItemsService } from './items.service.js';

/** Supervision items: registration (立项), views from the engine's history, cancel, extension requests, incidents. */
@Module({
  imports: [ProcessAdminModule, InboxModule],
  controllers: [ItemsController],
  providers: [ItemsService, ItemViewService, ItemCommandsService, ItemSync],
  exports: [ItemsService],
})
export class ItemsModule {}
