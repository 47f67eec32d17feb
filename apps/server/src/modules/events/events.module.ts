import { Global, Module } from '@nestjs/common';
import { DatabaseHostModule } from '../../platform/database/database-host.module.js';
import { LiveEventsController } from './live-events.controller.js';
import { LiveEventsService } from './live-events.service.js';
import { PgEventsRelay } from './pg-events.relay.js';

/** Server-sent events, relayed between server processes through PostgreSQL NOTIFY. */
@Global()
@Module({ imports: [DatabaseHostModule], controllers: [LiveEventsController], providers: [LiveEventsService, PgEventsRelay], exports: [LiveEventsService] })
export class EventsModule {}
