import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from '@duban/workflow';
import type { UserTaskInboxStore } from '@duban/zeebe';
import type { DataSource } from 'typeorm';
import { LiveEventsService } from '../events/live-events.service.js';
import { ProcessCatalog } from '../process-admin/process-catalog.service.js';
import { projectUserTaskJob } from './user-task-job.mapper.js';

interface ChangedRow {
  id: string;
  tenantId: string;
  itemId: string | null;
  name: string;
  title: string | null;
  assignee: string | null;
  owner: string | null;
  candidateGroups: string[];
  candidateUsers: string[];
  createdBy: string | null;
}

const CHANGED_COLUMNS = `t.id::text, t.tenant_id AS "tenantId", t.item_id AS "itemId", t.name, t.title, t.assignee, t.owner,
  t.candidate_groups AS "candidateGroups", t.candidate_users AS "candidateUsers", i.created_by AS "createdBy"`;

/**
 * The inbox rows in PostgreSQL, written from user-task jobs. Implements libs/zeebe's UserTaskInboxStore so the
 * same store serves the Zeebe reconciler and the embedded projector. Publishes task and item events.
 */
@Injectable()
export class InboxTaskStore implements UserTaskInboxStore {
  private readonly logger = new Logger('Inbox');
  private readonly tenants = new Map<string, string>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: ProcessCatalog,
    private readonly events: LiveEventsService,
  ) {}

  async upsert(job: Job, seenAt: number): Promise<void> {
    const p = projectUserTaskJob(job);
    const tenantId = p.tenantCode ? await this.tenantIdOf(p.tenantCode) : undefined;
    if (!tenantId) {
      this.logger.warn(`任务 ${job.key}（${job.bpmnProcessId}/${job.elementId}）没有已知租户 "${p.tenantCode ?? ''}"，未进入待办`);
      return;
    }
    const elements = await this.catalog.elementsOf(tenantId, p.processDefinitionKey);
    // item_id is taken as the server set it at registration (the item row may not be committed yet); every read
    // joins items within the caller's tenant, so an id from elsewhere leads nowhere.
    const [row] = (await this.dataSource.query(
      `WITH previous AS (SELECT status FROM inbox_task WHERE id = $1),
       unit AS (SELECT id FROM unit WHERE tenant_id = $2 AND code = $19)
       INSERT INTO inbox_task AS t (id, tenant_id, item_id, process_instance_key, element_instance_key, bpmn_process_id, process_version,
         process_definition_key, element_id, name, assignee, candidate_groups, candidate_users, due_at, follow_up_at, form_key, priority,
         title, unit_code, item_number, variables, seen_at, lease_until, unit_id)
       VALUES ($1, $2, $3::uuid, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21,
         to_timestamp($22 / 1000.0), $23, (SELECT id FROM unit))
       ON CONFLICT (id) DO UPDATE SET variables = EXCLUDED.variables, title = EXCLUDED.title, item_number = EXCLUDED.item_number,
         seen_at = EXCLUDED.seen_at, lease_until = EXCLUDED.lease_until, status = 'open'
       WHERE t.status <> 'completed'
       RETURNING (SELECT status FROM previous) AS previous`,
      [
        p.jobKey, tenantId, p.itemId, p.processInstanceKey, p.elementInstanceKey, p.bpmnProcessId, p.processVersion,
        p.processDefinitionKey, p.elementId, elements[p.elementId]?.name ?? p.elementId, p.assignee, p.candidateGroups,
        p.candidateUsers, p.dueAt, p.followUpAt, p.formKey, p.priority, p.title, p.unitCode, p.itemNumber,
        JSON.stringify(p.variables), seenAt, p.leaseUntil,
      ],
    )) as { previous: string | null }[];
    if (row && row.previous !== 'open') {
      const [changed] = await this.changedRows([p.jobKey]);
      if (changed) this.publish('task.created', changed);
    }
    if (p.itemId) await this.refreshItem(tenantId, p.itemId, p.itemNumber, job.variables.dueDate);
  }

  async seenBefore(cutoff: number): Promise<string[]> {
    const rows = (await this.dataSource.query(`SELECT id::text FROM inbox_task WHERE status = 'open' AND seen_at < to_timestamp($1 / 1000.0)`, [cutoff])) as {
      id: string;
    }[];
    return rows.map((r) => r.id);
  }

  /** The task leaves the open inbox: completed through the engine, or its job is gone (timer, cancellation). */
  async remove(jobKeys: string[], reason: 'completed' | 'job-gone', completedBy?: string): Promise<void> {
    if (jobKeys.length === 0) return;
    const ids = (await this.dataSource.query(
      `UPDATE inbox_task SET status = $2, completed_at = CASE WHEN $2 = 'completed' THEN now() END, completed_by = $3
       WHERE id = ANY($1::bigint[]) AND status = 'open' RETURNING id::text`,
      [jobKeys, reason === 'completed' ? 'completed' : 'gone', completedBy ?? null],
    )) as [{ id: string }[], number];
    const changed = await this.changedRows(ids[0].map((r) => r.id));
    for (const row of changed) this.publish('task.completed', row, { gone: reason === 'job-gone' });
  }

  /** Open rows whose job state the embedded reconciler should read next (never checked, or checked longest ago). */
  async nextToCheck(limit: number): Promise<{ id: string; processInstanceKey: string }[]> {
    return this.dataSource.query(
      `SELECT id::text, process_instance_key::text AS "processInstanceKey" FROM inbox_task
       WHERE status = 'open' ORDER BY checked_at NULLS FIRST LIMIT $1`,
      [limit],
    );
  }

  async markChecked(ids: string[]): Promise<void> {
    if (ids.length > 0) await this.dataSource.query(`UPDATE inbox_task SET checked_at = now() WHERE id = ANY($1::bigint[])`, [ids]);
  }

  /** Puts the other open tasks of these instances and items first in line for the next reconciliation. */
  async checkSoon(instanceKeys: string[], itemIds: string[], except: string[]): Promise<void> {
    await this.dataSource.query(
      `UPDATE inbox_task SET checked_at = NULL WHERE status = 'open' AND (process_instance_key = ANY($1::bigint[]) OR item_id = ANY($2::uuid[]))
       AND id <> ALL($3::bigint[])`,
      [instanceKeys, itemIds, except],
    );
  }

  async changedRows(ids: string[]): Promise<ChangedRow[]> {
    if (ids.length === 0) return [];
    return this.dataSource.query(`SELECT ${CHANGED_COLUMNS} FROM inbox_task t LEFT JOIN item i ON i.id = t.item_id WHERE t.id = ANY($1::bigint[])`, [ids]);
  }

  publish(type: 'task.created' | 'task.completed' | 'task.updated', row: ChangedRow, extra: Record<string, unknown> = {}): void {
    this.events.publish({
      tenantId: row.tenantId,
      type,
      data: { taskId: row.id, name: row.name, itemId: row.itemId, itemTitle: row.title, assignee: row.assignee, ...extra },
      audience: {
        persons: [row.assignee, row.owner, ...row.candidateUsers].filter((p): p is string => p !== null),
        groups: row.candidateGroups,
        personIds: row.createdBy ? [row.createdBy] : [],
      },
    });
  }

  private async refreshItem(tenantId: string, itemId: string, itemNumber: string | null, dueDate: unknown): Promise<void> {
    const due = typeof dueDate === 'string' && !Number.isNaN(Date.parse(dueDate)) ? new Date(dueDate) : null;
    const rows = (await this.dataSource.query(
      `UPDATE item SET number = COALESCE($3, number), due_at = GREATEST(due_at, $4), updated_at = now()
       WHERE tenant_id = $1 AND id = $2 AND (number IS DISTINCT FROM COALESCE($3, number) OR due_at IS DISTINCT FROM GREATEST(due_at, $4))
       RETURNING created_by AS "createdBy"`,
      [tenantId, itemId, itemNumber, due],
    )) as [{ createdBy: string }[], number];
    if (rows[0].length > 0) {
      this.events.publish({ tenantId, type: 'item.updated', data: { itemId }, audience: { personIds: [rows[0][0].createdBy] } });
    }
  }

  private async tenantIdOf(code: string): Promise<string | undefined> {
    const cached = this.tenants.get(code);
    if (cached) return cached;
    const [row] = (await this.dataSource.query(`SELECT id FROM tenant WHERE code = $1`, [code])) as { id: string }[];
    if (row) this.tenants.set(code, row.id);
    return row?.id;
  }
}
