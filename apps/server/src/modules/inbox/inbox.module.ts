import { Module } from '@nestjs/common';
import { ProcessAdminModule } from '../process-admin/process-admin.module.js';
import { InboxProjector } from './inbox-projector.service.js';
import { InboxQueryService } from './inbox-query.service.js';
import { InboxTaskStore } from './inbox-task.store.js';
import { InboxController } from './inbox.controller.js';
import { NotificationsController } from './notifications.controller.js';
import { SavedFiltersService } from './saved-filters.service.js';
import { TaskActionsService } from './task-actions.service.js';
import { TaskAttachmentsController } from './task-attachments.controller.js';
import { TaskExtrasService } from './task-extras.service.js';

/** The task inbox: projection of user-task jobs, views and filters, task actions, comments, attachments. */
@Module({
  imports: [ProcessAdminModule],
  controllers: [InboxController, TaskAttachmentsController, NotificationsController],
  providers: [InboxTaskStore, InboxProjector, InboxQueryService, TaskActionsService, TaskExtrasService, SavedFiltersService],
  exports: [InboxTaskStore, InboxProjector, InboxQueryService],
})
export class InboxModule {}
