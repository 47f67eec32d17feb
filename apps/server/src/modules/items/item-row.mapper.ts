import { lightOf, type LightBounds } from '../tenant-config/light-bounds.util.js';
import type { ItemDto } from './dto/items.dto.js';

export const ITEM_COLUMNS = `i.id, i.number, i.title, i.source_type, i.category, i.stated_limit, i.due_at, i.status, i.bpmn_process_id,
  i.process_version, i.process_instance_key, i.created_at, i.closed_at, i.variables, i.tenant_id,
  json_build_object('id', cp.id, 'name', cp.name) AS created_by,
  (SELECT json_build_object('id', u.id, 'code', u.code, 'name', u.name) FROM unit u WHERE u.id = i.lead_unit_id) AS lead_unit,
  COALESCE((SELECT json_agg(json_build_object('id', u.id, 'code', u.code, 'name', u.name) ORDER BY u.code) FROM unit u
    WHERE u.id = ANY(i.assisting_unit_ids)), '[]') AS assisting_units`;
export const ITEM_JOINS = `JOIN person cp ON cp.id = i.created_by`;

export interface ItemRow {
  id: string;
  tenant_id: string;
  number: string | null;
  title: string;
  source_type: string | null;
  category: string | null;
  stated_limit: string | null;
  due_at: Date | null;
  status: 'active' | 'closed' | 'cancelled';
  bpmn_process_id: string;
  process_version: number;
  process_instance_key: string | null;
  created_at: Date;
  closed_at: Date | null;
  variables: Record<string, unknown>;
  created_by: { id: string; name: string };
  lead_unit: { id: string; code: string; name: string } | null;
  assisting_units: { id: string; code: string; name: string }[];
}

export function toItemDto(row: ItemRow, bounds: LightBounds): ItemDto {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    sourceType: row.source_type,
    category: row.category,
    leadUnit: row.lead_unit,
    assistingUnits: row.assisting_units,
    statedLimit: row.stated_limit,
    dueDate: row.due_at?.toISOString() ?? null,
    status: row.status,
    light: row.status === 'active' ? lightOf(row.due_at, bounds) : null,
    processId: row.bpmn_process_id,
    processVersion: row.process_version,
    processInstanceKey: row.process_instance_key,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
    closedAt: row.closed_at?.toISOString() ?? null,
  };
}
