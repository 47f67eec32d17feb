import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { WORKERS_DATABASE, type WorkersDatabase } from '@duban/workers';
import type { ElementInstanceRecord, IncidentRecord, WorkflowEngine } from '@duban/workflow';
import type { DataSource } from 'typeorm';
import type { Principal } from '../../platform/tenancy/principal.js';
import { WORKFLOW_ENGINE } from '../../platform/workflow/workflow-engine.module.js';
import { InboxQueryService } from '../inbox/inbox-query.service.js';
import { TASK_COLUMNS, TASK_JOINS, toTaskSummary, type TaskRow } from '../inbox/task-row.mapper.js';
import { ProcessCatalog } from '../process-admin/process-catalog.service.js';
import { lightOf } from '../tenant-config/light-bounds.util.js';
import type { ItemRow } from './item-row.mapper.js';
import { ItemSync } from './item-sync.service.js';

const HIDDEN_TYPES = new Set(['PROCESS', 'SEQUENCE_FLOW', 'MULTI_INSTANCE_BODY']);

export interface TimelineEntry {
  processInstanceKey: string;
  elementId: string;
  name: string;
  type: string;
  state: string;
  startedAt: string;
  endedAt: string | null;
  completedBy: string | null;
}

/** The read side of an item: its instances' history (timeline, where it is now), tasks, units, documents, incidents. */
@Injectable()
export class ItemViewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(WORKFLOW_ENGINE) private readonly engine: WorkflowEngine,
    @Inject(WORKERS_DATABASE) private readonly workers: WorkersDatabase,
    private readonly catalog: ProcessCatalog,
    private readonly inbox: InboxQueryService,
    private readonly sync: ItemSync,
  ) {}

  /** The root instance and every called instance the inbox has seen a task of. */
  async instanceKeys(item: ItemRow): Promise<string[]> {
    const rows = (await this.dataSource.query(`SELECT DISTINCT process_instance_key::text AS key FROM inbox_task WHERE tenant_id = $1 AND item_id = $2`, [item.tenant_id, item.id])) as { key: string }[];
    return [...new Set([item.process_instance_key, ...rows.map((r) => r.key)].filter((k): k is string => !!k))];
  }

  async timeline(item: ItemRow): Promise<TimelineEntry[]> {
    const completedBy = new Map(
      ((await this.dataSource.query(
        `SELECT t.element_instance_key::text AS key, p.name FROM inbox_task t JOIN person p ON p.id = t.completed_by WHERE t.tenant_id = $1 AND t.item_id = $2`,
        [item.tenant_id, item.id],
      )) as { key: string; name: string }[]).map((r) => [r.key, r.name]),
    );
    const entries: TimelineEntry[] = [];
    for (const key of await this.instanceKeys(item)) {
      const instance = await this.engine.history.getProcessInstance(key);
      if (!instance) continue;
      const names = await this.catalog.elementsOf(item.tenant_id, instance.processDefinitionKey);
      for (const e of await this.engine.history.listElementInstances(key)) {
        if (HIDDEN_TYPES.has(e.elementType)) continue;
        entries.push(toEntry(e, names[e.elementId]?.name ?? e.elementId, completedBy.get(e.key) ?? null));
      }
    }
    return entries.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  }

  async detail(principal: Principal, item: ItemRow) {
    await this.sync.syncOne(item.id);
    const bounds = await this.inbox.bounds(principal.tenantCode);
    const timeline = await this.timeline(item);
    const tasks = ((await this.dataSource.query(
      `SELECT ${TASK_COLUMNS} FROM inbox_task t ${TASK_JOINS} WHERE t.tenant_id = $1 AND t.item_id = $2 ORDER BY t.created_at, t.id`,
      [item.tenant_id, item.id],
    )) as TaskRow[]).map((row) => toTaskSummary(row, bounds));
    const mayAdminister = principal.permissions.has('process.manage') || principal.permissions.has('items.all');
    return {
      now: timeline.filter((e) => e.state === 'ACTIVE' && e.type !== 'SUB_PROCESS' && e.type !== 'CALL_ACTIVITY'),
      tasks,
      units: await this.progress(item, principal.tenantCode, tasks, bounds),
      documents: await this.documents(principal, item),
      incidents: mayAdminister ? await this.incidents(item) : [],
      extensionRequests: await this.dataSource.query(
        `SELECT r.id, r.unit_code AS unit, r.requested_limit AS "requestedLimit", r.reason, p.name AS "requestedBy", r.requested_at AS "requestedAt"
         FROM item_extension_request r JOIN person p ON p.id = r.requested_by WHERE r.tenant_id = $1 AND r.item_id = $2 ORDER BY r.requested_at`,
        [item.tenant_id, item.id],
      ),
    };
  }

  /** Units' progress: their open tasks, results reported by the process (`unitResults`) and evaluation facts. */
  private async progress(item: ItemRow, tenantCode: string, tasks: ReturnType<typeof toTaskSummary>[], bounds: Parameters<typeof lightOf>[1]) {
    const units = [item.lead_unit, ...item.assisting_units].filter((u): u is NonNullable<typeof u> => u !== null);
    const results = item.process_instance_key
      ? ((await this.engine.history.listVariables(item.process_instance_key)).find((v) => v.name === 'unitResults')?.value ?? [])
      : [];
    const facts = await this.workers.query<{ unit: string; fact: string; occurred_at: Date }>(
      `SELECT unit, fact, occurred_at FROM evaluation_fact WHERE tenant_id = $1 AND item_id = $2 ORDER BY occurred_at`,
      [tenantCode, item.id],
    );
    return units.map((unit) => {
      const open = tasks.filter((t) => t.status === 'open' && t.unit?.id === unit.id);
      const result = Array.isArray(results) ? results.find((r) => typeof r === 'object' && r !== null && (r as { unit?: unknown }).unit === unit.code) : undefined;
      const due = open.map((t) => t.dueDate).filter((d): d is string => !!d).sort()[0] ?? null;
      return {
        unit,
        lead: unit.id === item.lead_unit?.id,
        status: result ? 'done' : open.length > 0 ? 'in-progress' : 'waiting',
        result: result ?? null,
        openTasks: open.map((t) => ({ id: t.id, name: t.name, dueDate: t.dueDate, light: t.light })),
        dueDate: due,
        light: lightOf(due ? new Date(due) : null, bounds),
        facts: facts.filter((f) => f.unit === unit.code).map((f) => ({ fact: f.fact, at: f.occurred_at })),
      };
    });
  }

  async documents(principal: Principal, item: ItemRow) {
    const generated = await this.workers.query<{ id: string; name: string; template: string | null; sha256: string; size: number; media_type: string; created_at: Date; archived_at: Date | null }>(
      `SELECT id, name, template, sha256, size, media_type, created_at, archived_at FROM document WHERE tenant_id = $1 AND item_id = $2 ORDER BY created_at`,
      [principal.tenantCode, item.id],
    );
    const attached = (await this.dataSource.query(
      `SELECT a.id, a.task_id::text AS "taskId", a.name, a.media_type AS "mediaType", a.size, a.sha256, a.uploaded_at AS "createdAt"
       FROM inbox_attachment a WHERE a.tenant_id = $1 AND a.item_id = $2 ORDER BY a.uploaded_at`,
      [item.tenant_id, item.id],
    )) as unknown[];
    return {
      generated: generated.map((d) => ({ id: d.id, name: d.name, template: d.template, sha256: d.sha256, size: d.size, mediaType: d.media_type, createdAt: d.created_at, archived: d.archived_at !== null })),
      attachments: attached,
    };
  }

  async incidents(item: ItemRow): Promise<IncidentRecord[]> {
    const all: IncidentRecord[] = [];
    for (const key of await this.instanceKeys(item)) all.push(...(await this.engine.history.listIncidents(key)));
    return all.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }
}

function toEntry(e: ElementInstanceRecord, name: string, completedBy: string | null): TimelineEntry {
  return { processInstanceKey: e.processInstanceKey, elementId: e.elementId, name, type: e.elementType, state: e.state, startedAt: e.startDate, endedAt: e.endDate ?? null, completedBy };
}
