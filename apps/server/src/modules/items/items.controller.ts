import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, RequirePermission } from '../../platform/tenancy/current-principal.decorator.js';
import type { Principal } from '../../platform/tenancy/principal.js';
import { CancelItemDto, ExtensionRequestDto, ItemDto, ItemPageDto, ItemsQueryDto, RegisterItemDto } from './dto/items.dto.js';
import { ItemCommandsService } from './item-commands.service.js';
import { ItemViewService } from './item-view.service.js';
import { ItemsService } from './items.service.js';

@ApiTags('items')
@Controller('items')
export class ItemsController {
  constructor(
    private readonly items: ItemsService,
    private readonly view: ItemViewService,
    private readonly commands: ItemCommandsService,
  ) {}

  @Post()
  @RequirePermission('items.all')
  @ApiOperation({ summary: '立项：按启动表单校验，登记事项并启动本县流程' })
  @ApiCreatedResponse({ type: ItemDto })
  register(@CurrentPrincipal() principal: Principal, @Body() body: RegisterItemDto): Promise<ItemDto> {
    return this.items.register(principal, body);
  }

  @Get()
  @ApiOkResponse({ type: ItemPageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ItemsQueryDto): Promise<ItemPageDto> {
    return this.items.list(principal, query);
  }

  @Get(':id')
  @ApiOperation({ summary: '事项详情：当前环节、任务、各单位进展、文书、故障（管理员）、延期申请' })
  async get(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    const row = await this.items.visibleItem(principal, id);
    const detail = await this.view.detail(principal, row);
    return { item: await this.items.get(principal, id), ...detail };
  }

  @Get(':id/timeline')
  @ApiOperation({ summary: '时间线（引擎历史，含被调用的各单位流程）' })
  async timeline(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    return this.view.timeline(await this.items.visibleItem(principal, id));
  }

  @Get(':id/documents')
  async documents(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    return this.view.documents(principal, await this.items.visibleItem(principal, id));
  }

  @Get(':id/documents/:documentId')
  @ApiOperation({ summary: '下载文书（.docx）' })
  async download(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Param('documentId') documentId: string, @Res() res: Response): Promise<void> {
    const document = await this.commands.document(principal, id, documentId);
    res.setHeader('Content-Type', document.mediaType);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(document.name)}`);
    res.setHeader('X-Content-SHA256', document.sha256);
    res.send(document.content);
  }

  @Post(':id/cancel')
  @HttpCode(204)
  @RequirePermission('items.all')
  @ApiOperation({ summary: '撤销事项（终止流程实例）' })
  cancel(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: CancelItemDto): Promise<void> {
    return this.commands.cancel(principal, id, body.reason);
  }

  @Post(':id/extension-requests')
  @ApiOperation({ summary: '延期申请：记录并以消息 <租户>-extension-request 送入事项流程（由流程中的审批环节决定）' })
  requestExtension(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: ExtensionRequestDto) {
    return this.commands.requestExtension(principal, id, body);
  }

  @Post(':id/incidents/:incidentKey/retry')
  @HttpCode(204)
  @RequirePermission('process.manage')
  @ApiOperation({ summary: '故障重试：恢复作业重试次数并解除故障（流程管理员）' })
  retry(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Param('incidentKey') incidentKey: string): Promise<void> {
    return this.commands.retryIncident(principal, id, incidentKey);
  }
}
