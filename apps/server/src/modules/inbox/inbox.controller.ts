import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Variables } from '@duban/workflow';
import { CurrentPrincipal } from '../../platform/tenancy/current-principal.decorator.js';
import type { Principal } from '../../platform/tenancy/principal.js';
import { ProcessCatalog } from '../process-admin/process-catalog.service.js';
import { InboxQueryDto, TaskPageDto, TaskSummaryDto } from './dto/inbox-query.dto.js';
import { AddCommentDto, CompleteTaskDto, PersonTargetDto, SaveFilterDto } from './dto/task-actions.dto.js';
import { InboxQueryService } from './inbox-query.service.js';
import { SavedFiltersService, type SavedFilterView } from './saved-filters.service.js';
import { TaskActionsService } from './task-actions.service.js';
import { TaskExtrasService } from './task-extras.service.js';
import { toTaskSummary } from './task-row.mapper.js';

@ApiTags('inbox')
@Controller('inbox')
export class InboxController {
  constructor(
    private readonly queries: InboxQueryService,
    private readonly actions: TaskActionsService,
    private readonly extras: TaskExtrasService,
    private readonly filters: SavedFiltersService,
    private readonly catalog: ProcessCatalog,
  ) {}

  @Get('tasks')
  @ApiOperation({ summary: '待办（mine）、已办（done）、我发起的（started）、全部（all，督查室）；筛选、排序、游标分页' })
  @ApiOkResponse({ type: TaskPageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() query: InboxQueryDto): Promise<TaskPageDto> {
    return this.queries.list(principal, query);
  }

  @Get('tasks/:id')
  @ApiOperation({ summary: '任务详情：摘要、变量、表单（form-js JSON）' })
  async get(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    const row = await this.queries.visibleTask(await this.queries.viewer(principal), id);
    const task = toTaskSummary(row, await this.queries.bounds(principal.tenantCode));
    const form = row.form_key ? ((await this.catalog.formByKey(principal.tenantId, row.form_key)) ?? null) : null;
    return { task, variables: row.variables, form };
  }

  @Post('tasks/:id/claim')
  @HttpCode(200)
  @ApiOkResponse({ type: TaskSummaryDto, description: '409：已被他人签收' })
  claim(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<TaskSummaryDto> {
    return this.actions.claim(principal, id);
  }

  @Post('tasks/:id/unclaim')
  @HttpCode(200)
  @ApiOkResponse({ type: TaskSummaryDto })
  unclaim(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<TaskSummaryDto> {
    return this.actions.unclaim(principal, id);
  }

  @Post('tasks/:id/assign')
  @HttpCode(200)
  @ApiOperation({ summary: '指派给某人（需 items.all）' })
  @ApiOkResponse({ type: TaskSummaryDto })
  assign(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: PersonTargetDto): Promise<TaskSummaryDto> {
    return this.actions.assign(principal, id, body.to);
  }

  @Post('tasks/:id/delegate')
  @HttpCode(200)
  @ApiOperation({ summary: '委派：办理人把任务交给他人办理，自己保留收回的权利' })
  @ApiOkResponse({ type: TaskSummaryDto })
  delegate(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: PersonTargetDto): Promise<TaskSummaryDto> {
    return this.actions.delegate(principal, id, body.to);
  }

  @Post('tasks/:id/give-back')
  @HttpCode(200)
  @ApiOperation({ summary: '收回委派（委派人收回或受托人交还）' })
  @ApiOkResponse({ type: TaskSummaryDto })
  giveBack(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<TaskSummaryDto> {
    return this.actions.giveBack(principal, id);
  }

  @Post('tasks/:id/complete')
  @HttpCode(200)
  @ApiOperation({ summary: '办结任务：表单数据按任务表单校验；410 表示任务已不存在' })
  @ApiOkResponse({ type: TaskSummaryDto })
  complete(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: CompleteTaskDto): Promise<TaskSummaryDto> {
    return this.actions.complete(principal, id, (body.variables ?? {}) as Variables);
  }

  @Get('tasks/:id/comments')
  comments(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    return this.extras.comments(principal, id);
  }

  @Post('tasks/:id/comments')
  addComment(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: AddCommentDto) {
    return this.extras.addComment(principal, id, body.body);
  }

  @Get('filters')
  @ApiOperation({ summary: '保存的筛选：自己的和共享给本人角色的' })
  listFilters(@CurrentPrincipal() principal: Principal): Promise<SavedFilterView[]> {
    return this.filters.list(principal);
  }

  @Post('filters')
  saveFilter(@CurrentPrincipal() principal: Principal, @Body() body: SaveFilterDto): Promise<SavedFilterView> {
    return this.filters.create(principal, body.name, body.criteria, body.sharedWithRole ?? null);
  }

  @Delete('filters/:id')
  @HttpCode(204)
  deleteFilter(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<void> {
    return this.filters.remove(principal, id);
  }
}
