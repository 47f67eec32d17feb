import { Module } from '@nestjs/common';
import { CalendarSettingsService } from './calendar-settings.service.js';
import { ChannelSettingsService } from './channel-settings.service.js';
import { TenantSettingsController } from './tenant-settings.controller.js';

/** What administrators set in the browser for their tenant: the holiday calendar and the notification channels. */
@Module({ controllers: [TenantSettingsController], providers: [CalendarSettingsService, ChannelSettingsService] })
export class TenantSettingsModule {}
