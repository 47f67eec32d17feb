import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../platform/tenancy/current-principal.decorator.js';
import type { Principal } from '../../platform/tenancy/principal.js';
import { InstanceViewDto } from './instance-view.dto.js';
import { InstanceViewService } from './instance-view.service.js';

@ApiTags('processes')
@Controller('instances')
export class InstanceViewController {
  constructor(private readonly instances: InstanceViewService) {}

  @Get(':key')
  @ApiOperation({ summary: '流程实例：所运行的流程与版本、当前与已完成的环节；流程管理员另得历史、变量、故障' })
  @ApiOkResponse({ type: InstanceViewDto })
  view(@CurrentPrincipal() principal: Principal, @Param('key') key: string): Promise<InstanceViewDto> {
    return this.instances.view(principal, key);
  }
}
