import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProcessInstanceRecord, WorkflowEngine } from '@duban/workflow';
import type { DataSource } from 'typeorm';
import type { Principal } from '../../platform/tenancy/principal.js';
import { notFound } from '../../platform/tenancy/tenant-scoped.repository.js';
import { WORKFLOW_ENGINE } from '../../platform/workflow/workflow-engine.module.js';
import { ItemsService } from '../items/items.service.js';
import { EngineTenancy } from '../process-admin/engine-tenancy.service.js';
import { ProcessCatalog } from '../process-admin/process-catalog.service.js';
import { CandidateGroups } from '../tenant-config/candidate-groups.service.js';
import { instanceState } from './instance-state.util.js';
import type { InstanceViewDto } from './instance-view.dto.js';

const KEY = /^\d{1,19}$/;
/** Call activities nest a few levels at most; the bound only guards against a broken history. */
const MAX_DEPTH = 16;

/**
 * One process instance as its diagram needs it: the process and version it runs (a called process at its own
 * version), its active and completed elements, its parent. Who may see it: the whole tenant with process.manage or
 * items.all; otherwise whoever may see the item it belongs to, or has a task in it. Anything else is 404.
 */
@Injectable()
export class InstanceViewService {
  constructor(
    @Inject(WORKFLOW_ENGINE) private readonly engine: WorkflowEngine,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tenancy: EngineTenancy,
    private readonly catalog: ProcessCatalog,
    private readonly items: ItemsService,
    private readonly groups: CandidateGroups,
  ) {}

  async view(principal: Principal, key: string): Promise<InstanceViewDto> {
    const instance = KEY.test(key) ? await this.engine.history.getProcessInstance(key) : undefined;
    if (!instance || !(await this.tenancy.owns(principal.tenantCode, instance))) throw notFound('流程实例');
    const tenantWide = principal.permissions.has('process.manage') || principal.permissions.has('items.all');
    if (!tenantWide && !(await this.mayFollow(principal, instance))) throw notFound('流程实例');
    const elements = await this.engine.history.listElementInstances(key);
    const view: InstanceViewDto = {
      key,
      bpmnProcessId: instance.bpmnProcessId,
      version: instance.version,
      state: instance.state,
      parentProcessInstanceKey: instance.parentProcessInstanceKey ?? null,
      ...instanceState(elements),
    };
    if (!principal.permissions.has('process.manage')) return view;
    // Process administrators: the history with element names, the instance's own variables, its incidents.
    const names = await this.catalog.elementsOf(principal.tenantId, instance.processDefinitionKey);
    const variables = (await this.engine.history.listVariables(key)).filter((v) => v.scopeKey === key);
    return {
      ...view,
      instance,
      elements: elements.map((e) => ({ ...e, name: names[e.elementId]?.name ?? null })),
      variables: Object.fromEntries(variables.map((v) => [v.name, v.value])),
      incidents: await this.engine.history.listIncidents(key),
    };
  }

  private async mayFollow(principal: Principal, instance: ProcessInstanceRecord): Promise<boolean> {
    const [task] = (await this.dataSource.query(
      `SELECT 1 FROM inbox_task t WHERE t.tenant_id = $1 AND t.process_instance_key = $2
         AND (t.assignee = $3 OR t.owner = $3 OR t.completed_by = $4 OR $3 = ANY(t.candidate_users) OR t.candidate_groups && $5) LIMIT 1`,
      [principal.tenantId, instance.key, principal.personCode, principal.personId, await this.groups.of(principal)],
    )) as unknown[];
    if (task) return true;
    const root = await this.rootOf(instance);
    const [item] = (await this.dataSource.query(`SELECT id FROM item WHERE tenant_id = $1 AND process_instance_key = $2`, [principal.tenantId, root.key])) as {
      id: string;
    }[];
    if (!item) return false;
    try {
      await this.items.visibleItem(principal, item.id);
      return true;
    } catch (error) {
      if (error instanceof NotFoundException) return false;
      throw error;
    }
  }

  /** The instance an item started: called instances belong to the item of their root. */
  private async rootOf(instance: ProcessInstanceRecord): Promise<ProcessInstanceRecord> {
    let current = instance;
    for (let depth = 0; current.parentProcessInstanceKey && depth < MAX_DEPTH; depth++) {
      const parent = await this.engine.history.getProcessInstance(current.parentProcessInstanceKey);
      if (!parent) break;
      current = parent;
    }
    return current;
  }
}
