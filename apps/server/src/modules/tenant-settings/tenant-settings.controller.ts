import { Body, Controller, Get, Param, Patch, Put } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../../platform/tenancy/current-principal.decorator.js';
import type { Principal } from '../../platform/tenancy/principal.js';
import { CalendarSettingsService } from './calendar-settings.service.js';
import { ChannelSettingsService } from './channel-settings.service.js';
import { CalendarInfoDto, NotificationChannelDto, UpdateChannelDto } from './dto/tenant-settings.dto.js';

@ApiTags('settings')
@Controller()
export class TenantSettingsController {
  constructor(
    private readonly calendar: CalendarSettingsService,
    private readonly channels: ChannelSettingsService,
  ) {}

  @Get('calendar')
  @ApiOperation({ summary: '节假日日历：有数据的年份与本租户的日历配置' })
  @ApiOkResponse({ type: CalendarInfoDto })
  getCalendar(@CurrentPrincipal() principal: Principal): Promise<CalendarInfoDto> {
    return this.calendar.get(principal);
  }

  @Put('calendar/overrides')
  @RequirePermission('org.manage')
  @ApiOperation({ summary: '上传本租户的日历配置（calendar.json 格式，整体替换）；400 列出每处问题，不保存' })
  @ApiBody({ schema: { type: 'object', additionalProperties: true } })
  @ApiOkResponse({ type: CalendarInfoDto })
  uploadCalendar(@CurrentPrincipal() principal: Principal, @Body() overrides: unknown): Promise<CalendarInfoDto> {
    return this.calendar.upload(principal, overrides);
  }

  @Get('notification-channels')
  @RequirePermission('org.manage')
  @ApiOperation({ summary: '通知渠道（只写字段不返回）' })
  @ApiOkResponse({ type: [NotificationChannelDto] })
  listChannels(@CurrentPrincipal() principal: Principal): Promise<NotificationChannelDto[]> {
    return this.channels.list(principal);
  }

  @Patch('notification-channels/:id')
  @RequirePermission('org.manage')
  @ApiOperation({ summary: '启用/停用通知渠道或修改其设置' })
  @ApiOkResponse({ type: NotificationChannelDto })
  updateChannel(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: UpdateChannelDto): Promise<NotificationChannelDto> {
    return this.channels.update(principal, id, body);
  }
}
