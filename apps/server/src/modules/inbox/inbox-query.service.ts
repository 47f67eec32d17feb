import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuthException, AuthExceptionCode } from '../../platform/auth/auth.exception.js';
import type { Principal } from '../../platform/tenancy/principal.js';
import { notFound } from '../../platform/tenancy/tenant-scoped.repository.js';
import { CandidateGroups } from '../tenant-config/candidate-groups.service.js';
import type { LightBounds } from '../tenant-config/light-bounds.util.js';
import { LightService } from '../tenant-config/light.service.js';
import type { InboxCriteriaDto, InboxQueryDto, TaskPageDto } from './dto/inbox-query.dto.js';
import { InboxException, InboxExceptionCode } from './inbox.exception.js';
import { TASK_COLUMNS, TASK_JOINS, toTaskSummary, type TaskRow } from './task-row.mapper.js';

const TASK_ID = /^\d{1,19}$/;

/** Keyset positions are opaque to clients: base64url of the sort values of the last row. */
const encodeCursor = (values: (string | number)[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
function decodeCursor(cursor: string, length: number): (string | number)[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === length && values.every((v) => typeof v === 'string' || typeof v === 'number')) return values;
  } catch {
    // answered below
  }
  throw new InboxException(InboxExceptionCode.INVALID_CURSOR, 'cursor 无效 / invalid cursor', { cursor: ['无效 / invalid'] });
}

const startOfDay = (day: string, plusDays = 0) => new Date(Date.parse(`${day}T00:00:00+08:00`) + plusDays * 86_400_000);

/** A principal as the inbox sees it: person code, person id, candidate groups, whether tenant-wide. */
export interface InboxViewer {
  principal: Principal;
  groups: string[];
  all: boolean;
}

@Injectable()
export class InboxQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly groups: CandidateGroups,
    private readonly lights: LightService,
  ) {}

  async viewer(principal: Principal): Promise<InboxViewer> {
    return { principal, groups: await this.groups.of(principal), all: principal.permissions.has('items.all') };
  }

  async list(principal: Principal, query: InboxQueryDto): Promise<TaskPageDto> {
    const view = query.view ?? 'mine';
    if (view === 'all' && !principal.permissions.has('items.all')) {
      throw new AuthException(AuthExceptionCode.FORBIDDEN, '无权限 / missing permission: items.all');
    }
    const [viewer, bounds] = await Promise.all([this.viewer(principal), this.lights.bounds(principal.tenantCode)]);
    const limit = query.limit ?? 50;
    const sort = view === 'done' ? 'done' : (query.sort ?? 'due');
    const filtered = ['text', 'processId', 'unitId', 'light', 'overdue', 'dueBefore', 'dueAfter', 'vars'].some((k) => query[k as keyof InboxQueryDto] !== undefined);
    const rows = view === 'mine' && sort === 'due' && !filtered ? await this.myTasksByDue(viewer, query.cursor, limit + 1) : await this.search(viewer, view, sort, query, bounds, limit + 1);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const next = rows.length > limit && last ? encodeCursor(cursorOf(sort, last)) : null;
    return { items: page.map((row) => toTaskSummary(row, bounds)), nextCursor: next };
  }

  /**
   * My tasks and my groups' unassigned tasks by due date, from the audience index: one short index scan per
   * (person or group), merged — the cost does not grow with the size of the inbox.
   */
  private async myTasksByDue(viewer: InboxViewer, cursor: string | undefined, limit: number): Promise<TaskRow[]> {
    const who = [`a:${viewer.principal.personCode}`, `u:${viewer.principal.personCode}`, ...viewer.groups.map((g) => `g:${g}`)];
    const values: unknown[] = [viewer.principal.tenantId, who, limit];
    let after = '';
    if (cursor) {
      const [due, id] = decodeCursor(cursor, 2);
      values.push(due, id);
      after = 'AND (a.due_sort, a.task_id) > ($4::timestamptz, $5::bigint)';
    }
    return this.dataSource.query(
      `WITH page AS (
         SELECT DISTINCT x.task_id, x.due_sort FROM unnest($2::text[]) w(who)
         CROSS JOIN LATERAL (SELECT a.task_id, a.due_sort FROM inbox_audience a WHERE a.tenant_id = $1 AND a.who = w.who ${after}
                             ORDER BY a.due_sort, a.task_id LIMIT $3) x
         ORDER BY x.due_sort, x.task_id LIMIT $3)
       SELECT ${TASK_COLUMNS} FROM page JOIN inbox_task t ON t.id = page.task_id ${TASK_JOINS} ORDER BY page.due_sort, page.task_id`,
      values,
    );
  }

  private async search(viewer: InboxViewer, view: string, sort: string, query: InboxCriteriaDto & { cursor?: string }, bounds: LightBounds, limit: number): Promise<TaskRow[]> {
    const values: unknown[] = [viewer.principal.tenantId];
    const param = (value: unknown) => `$${values.push(value)}`;
    const where = ['t.tenant_id = $1'];
    const me = viewer.principal.personCode;
    if (view === 'mine') {
      where.push(`t.status = 'open'`, `(t.assignee = ${param(me)} OR t.owner = $2 OR (t.assignee IS NULL AND (t.candidate_groups && ${param(viewer.groups)} OR $2 = ANY(t.candidate_users))))`);
    } else if (view === 'done') {
      where.push(`t.status = 'completed'`, `t.completed_by = ${param(viewer.principal.personId)}`);
    } else if (view === 'started') {
      where.push(`t.status = 'open'`, `t.item_id IN (SELECT i.id FROM item i WHERE i.tenant_id = $1 AND i.created_by = ${param(viewer.principal.personId)})`);
    } else {
      where.push(`t.status = 'open'`);
    }
    if (query.processId) where.push(`t.bpmn_process_id = ${param(query.processId)}`);
    if (query.unitId) where.push(`t.unit_id = ${param(query.unitId)}`);
    if (query.dueBefore) where.push(`t.due_at < ${param(startOfDay(query.dueBefore, 1))}`);
    if (query.dueAfter) where.push(`t.due_at >= ${param(startOfDay(query.dueAfter))}`);
    if (query.overdue === true) where.push(`t.due_at < ${param(bounds.redBefore)}`);
    if (query.overdue === false) where.push(`(t.due_at IS NULL OR t.due_at >= ${param(bounds.redBefore)})`);
    if (query.light === 'red') where.push(`t.due_at < ${param(bounds.redBefore)}`);
    if (query.light === 'yellow') where.push(`t.due_at >= ${param(bounds.redBefore)} AND t.due_at < ${param(bounds.yellowBefore)}`);
    if (query.light === 'green') where.push(`t.due_at >= ${param(bounds.yellowBefore)}`);
    if (query.text) where.push(`t.search ILIKE ${param(`%${query.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
    if (query.vars) where.push(`t.variables @> ${param(JSON.stringify(variableCondition(query.vars)))}::jsonb`);
    const order = {
      due: { by: 't.due_sort, t.id', key: '(t.due_sort, t.id) > ($C0::timestamptz, $C1::bigint)', n: 2 },
      created: { by: 't.created_at DESC, t.id DESC', key: '(t.created_at, t.id) < ($C0::timestamptz, $C1::bigint)', n: 2 },
      priority: { by: 't.priority DESC, t.due_sort, t.id', key: '(-t.priority, t.due_sort, t.id) > (-$C0::int, $C1::timestamptz, $C2::bigint)', n: 3 },
      done: { by: 't.completed_at DESC, t.id DESC', key: '(t.completed_at, t.id) < ($C0::timestamptz, $C1::bigint)', n: 2 },
    }[sort]!;
    if (query.cursor) {
      const parts = decodeCursor(query.cursor, order.n);
      where.push(order.key.replace(/\$C(\d)/g, (_m, i: string) => param(parts[Number(i)])));
    }
    return this.dataSource.query(
      `SELECT ${TASK_COLUMNS} FROM inbox_task t ${TASK_JOINS} WHERE ${where.join(' AND ')} ORDER BY ${order.by} LIMIT ${param(limit)}`,
      values,
    );
  }

  /**
   * A task the caller may see — assignee, owner, candidate, the one who completed it, the item's registrant, or
   * tenant-wide — else 404, exactly as if it did not exist. `forUpdate` locks the row for an action.
   */
  async visibleTask(viewer: InboxViewer, id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<TaskRow & { tenant_id: string; variables: Record<string, unknown> }> {
    if (!TASK_ID.test(id)) throw notFound('任务');
    const [row] = (await manager.query(
      `SELECT ${TASK_COLUMNS}, t.tenant_id, t.variables FROM inbox_task t ${TASK_JOINS}
       WHERE t.tenant_id = $1 AND t.id = $2 AND ($3 OR t.assignee = $4 OR t.owner = $4 OR t.completed_by = $5 OR $4 = ANY(t.candidate_users)
         OR t.candidate_groups && $6 OR EXISTS (SELECT 1 FROM item i WHERE i.id = t.item_id AND i.created_by = $5))
       ${forUpdate ? 'FOR UPDATE OF t' : ''}`,
      [viewer.principal.tenantId, id, viewer.all, viewer.principal.personCode, viewer.principal.personId, viewer.groups],
    )) as (TaskRow & { tenant_id: string; variables: Record<string, unknown> })[];
    if (!row) throw notFound('任务');
    return row;
  }

  bounds(tenantCode: string): Promise<LightBounds> {
    return this.lights.bounds(tenantCode);
  }
}

function cursorOf(sort: string, row: TaskRow): (string | number)[] {
  if (sort === 'created') return [row.created_at.toISOString(), row.id];
  if (sort === 'done') return [row.completed_at?.toISOString() ?? '', row.id];
  if (sort === 'priority') return [row.priority, row.due_sort, row.id];
  return [row.due_sort, row.id];
}

/** `vars` must be a flat JSON object of text, numbers and booleans: matched with jsonb containment. */
function variableCondition(text: string): Record<string, string | number | boolean> {
  const parsed = JSON.parse(text) as unknown;
  const ok =
    typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) &&
    Object.values(parsed).every((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean');
  if (!ok) throw new InboxException(InboxExceptionCode.INVALID_FILTER, 'vars 须为平面 JSON 对象 / vars must be a flat JSON object', { vars: ['须为 {"名称": 值} / must be a flat object'] });
  return parsed as Record<string, string | number | boolean>;
}
