import { Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { listNotifications, markNotificationRead, WORKERS_DATABASE, type InAppNotification, type WorkersDatabase } from '@duban/workers';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { CurrentPrincipal } from '../../platform/tenancy/current-principal.decorator.js';
import type { Principal } from '../../platform/tenancy/principal.js';
import { notFound } from '../../platform/tenancy/tenant-scoped.repository.js';

export class NotificationsQueryDto {
  @ApiPropertyOptional() @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean() unread?: boolean;
}

/** The in-app notifications the workers write (催办, 逾期, 退回 …), for the person of the session. */
@ApiTags('inbox')
@Controller('inbox/notifications')
export class NotificationsController {
  constructor(@Inject(WORKERS_DATABASE) private readonly workers: WorkersDatabase) {}

  @Get()
  @ApiOperation({ summary: '站内通知（最新在前）' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: NotificationsQueryDto): Promise<InAppNotification[]> {
    return this.workers.transaction((client) => listNotifications(client, principal.tenantCode, principal.personCode, { unreadOnly: query.unread ?? false, limit: 100 }));
  }

  @Post(':id/read')
  @HttpCode(204)
  async read(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<void> {
    const marked = /^[0-9a-f-]{36}$/i.test(id)
      ? await this.workers.transaction((client) => markNotificationRead(client, principal.tenantCode, principal.personCode, id, new Date()))
      : false;
    if (!marked) throw notFound('通知');
  }
}
