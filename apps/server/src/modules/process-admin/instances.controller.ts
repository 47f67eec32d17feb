import { Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { WorkflowEngine } from '@duban/workflow';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { actorOf, AuditService } from '../../platform/audit/audit.service.js';
import { CurrentPrincipal, RequirePermission } from '../../platform/tenancy/current-principal.decorator.js';
import type { Principal } from '../../platform/tenancy/principal.js';
import { notFound } from '../../platform/tenancy/tenant-scoped.repository.js';
import { WORKFLOW_ENGINE } from '../../platform/workflow/workflow-engine.module.js';
import { engineCall } from './engine-error.util.js';
import { EngineTenancy } from './engine-tenancy.service.js';

const KEY = /^\d{1,19}$/;

/**
 * Any process instance of the tenant, for process administrators (e.g. one started from the modeler): cancel, retry
 * an incident. Reading one (`GET instances/:key`) is modules/instance-view; items have their own views under /items.
 */
@ApiTags('processes')
@Controller('instances')
@RequirePermission('process.manage')
export class InstancesController {
  constructor(
    @Inject(WORKFLOW_ENGINE) private readonly engine: WorkflowEngine,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly tenancy: EngineTenancy,
  ) {}

  @Post(':key/cancel')
  @HttpCode(204)
  @ApiOperation({ summary: '撤销流程实例' })
  async cancel(@CurrentPrincipal() principal: Principal, @Param('key') key: string): Promise<void> {
    const instance = await this.instance(principal, key);
    await engineCall(() => this.engine.cancelProcessInstance(key));
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, { tenantId: principal.tenantId, actor: actorOf(principal), action: 'instance.cancel', entityType: 'process_instance', entityId: key, before: { state: instance.state } }),
    );
  }

  @Post(':key/incidents/:incidentKey/retry')
  @HttpCode(204)
  @ApiOperation({ summary: '重试故障（重置重试次数并解除故障）' })
  async retry(@CurrentPrincipal() principal: Principal, @Param('key') key: string, @Param('incidentKey') incidentKey: string): Promise<void> {
    await this.instance(principal, key);
    const incident = (await this.engine.history.listIncidents(key)).find((i) => i.key === incidentKey && i.state === 'ACTIVE');
    if (!incident) throw notFound('故障');
    if (incident.jobKey) await engineCall(() => this.engine.updateJobRetries({ jobKey: incident.jobKey!, retries: 3 }));
    await engineCall(() => this.engine.resolveIncident(incident.key));
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, { tenantId: principal.tenantId, actor: actorOf(principal), action: 'instance.incident-retry', entityType: 'process_instance', entityId: key, after: { incidentKey, elementId: incident.elementId } }),
    );
  }

  /** The instance if it belongs to the caller's tenant (the engine's tenant is the tenant code); 404 otherwise. */
  private async instance(principal: Principal, key: string) {
    const instance = KEY.test(key) ? await this.engine.history.getProcessInstance(key) : undefined;
    if (!instance || !(await this.tenancy.owns(principal.tenantCode, instance))) throw notFound('流程实例');
    return instance;
  }
}
