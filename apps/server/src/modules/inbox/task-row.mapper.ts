import { lightOf, type LightBounds } from '../tenant-config/light-bounds.util.js';
import type { TaskSummaryDto } from './dto/inbox-query.dto.js';

/** Columns of a task summary; `t` is inbox_task, joined to person (assignee, owner), unit and process name. */
export const TASK_COLUMNS = `t.id::text AS id, t.name, t.element_id, t.bpmn_process_id, t.process_instance_key::text AS process_instance_key,
  t.item_id, t.item_number, t.title, t.unit_id, u.name AS unit_name, t.assignee, ap.name AS assignee_name, t.owner, op.name AS owner_name,
  t.candidate_groups, t.candidate_users, t.due_at, t.due_sort::text AS due_sort, t.follow_up_at, t.created_at, t.completed_at, t.status,
  t.priority, t.form_key, (SELECT r.name FROM process_resource r WHERE r.tenant_id = t.tenant_id AND r.kind = 'bpmn'
  AND r.engine_key = t.process_definition_key) AS process_name`;

export const TASK_JOINS = `LEFT JOIN person ap ON ap.tenant_id = t.tenant_id AND ap.code = t.assignee
  LEFT JOIN person op ON op.tenant_id = t.tenant_id AND op.code = t.owner
  LEFT JOIN unit u ON u.id = t.unit_id`;

export interface TaskRow {
  id: string;
  name: string;
  element_id: string;
  bpmn_process_id: string;
  process_instance_key: string;
  item_id: string | null;
  item_number: string | null;
  title: string | null;
  unit_id: string | null;
  unit_name: string | null;
  assignee: string | null;
  assignee_name: string | null;
  owner: string | null;
  owner_name: string | null;
  candidate_groups: string[];
  candidate_users: string[];
  due_at: Date | null;
  due_sort: string;
  follow_up_at: Date | null;
  created_at: Date;
  completed_at: Date | null;
  status: 'open' | 'completed' | 'gone';
  priority: number;
  form_key: string | null;
  process_name: string | null;
}

export function toTaskSummary(row: TaskRow, bounds: LightBounds): TaskSummaryDto {
  return {
    id: row.id,
    name: row.name,
    elementId: row.element_id,
    processId: row.bpmn_process_id,
    processName: row.process_name,
    processInstanceKey: row.process_instance_key,
    itemId: row.item_id,
    itemNumber: row.item_number,
    itemTitle: row.title,
    unit: row.unit_id ? { id: row.unit_id, name: row.unit_name ?? '' } : null,
    assignee: row.assignee ? { id: row.assignee, name: row.assignee_name ?? row.assignee } : null,
    owner: row.owner ? { id: row.owner, name: row.owner_name ?? row.owner } : null,
    candidateGroups: row.candidate_groups,
    candidateUsers: row.candidate_users,
    dueDate: row.due_at?.toISOString() ?? null,
    followUpDate: row.follow_up_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    completedAt: row.completed_at?.toISOString() ?? null,
    status: row.status === 'gone' ? 'cancelled' : row.status,
    light: row.status === 'open' ? lightOf(row.due_at, bounds) : null,
    priority: row.priority,
    formKey: row.form_key,
  };
}
