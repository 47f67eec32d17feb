import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Variables, WorkflowEngine } from '@duban/workflow';
import type { DataSource, EntityManager } from 'typeorm';
import { actorOf, AuditService } from '../../platform/audit/audit.service.js';
import type { Principal } from '../../platform/tenancy/principal.js';
import { notFound } from '../../platform/tenancy/tenant-scoped.repository.js';
import { WORKFLOW_ENGINE } from '../../platform/workflow/workflow-engine.module.js';
import { LiveEventsService } from '../events/live-events.service.js';
import { validateFormData } from '../inbox/form-data.validator.js';
import { engineCall } from '../process-admin/engine-error.util.js';
import { EngineTenancy } from '../process-admin/engine-tenancy.service.js';
import { ProcessCatalog } from '../process-admin/process-catalog.service.js';
import { CandidateGroups } from '../tenant-config/candidate-groups.service.js';
import { LightService } from '../tenant-config/light.service.js';
import type { ItemDto, ItemPageDto, ItemsQueryDto, RegisterItemDto } from './dto/items.dto.js';
import { ITEM_COLUMNS, ITEM_JOINS, toItemDto, type ItemRow } from './item-row.mapper.js';
import { ItemsException, ItemsExceptionCode } from './items.exception.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
type UnitEntry = { unit?: unknown; lead?: unknown };

/**
 * Who sees an item: tenant-wide roles (items.all), its registrant, people of its lead or assisting units, and
 * anyone who holds or held one of its tasks. Everyone else gets 404, as if it did not exist.
 */
export const ITEM_VISIBLE = `($2 OR i.created_by = $3 OR ($4::uuid[] IS NOT NULL AND (i.lead_unit_id = ANY($4) OR i.assisting_unit_ids && $4))
  OR EXISTS (SELECT 1 FROM inbox_task t WHERE t.item_id = i.id AND t.tenant_id = i.tenant_id AND (t.assignee = $5 OR t.owner = $5
    OR t.completed_by = $3 OR $5 = ANY(t.candidate_users) OR t.candidate_groups && $6)))`;

@Injectable()
export class ItemsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(WORKFLOW_ENGINE) private readonly engine: WorkflowEngine,
    private readonly catalog: ProcessCatalog,
    private readonly lights: LightService,
    private readonly groups: CandidateGroups,
    private readonly audit: AuditService,
    private readonly events: LiveEventsService,
    private readonly tenancy: EngineTenancy,
  ) {}

  /** 立项: checks the start form, records the item and starts the tenant's process with it. */
  async register(principal: Principal, dto: RegisterItemDto): Promise<ItemDto> {
    const tenant = { tenantId: principal.tenantId, tenantCode: principal.tenantCode };
    const settings = await this.lights.settings.read(principal.tenantCode);
    const entry = dto.processId ? settings.processes.find((p) => p.id === dto.processId) : settings.processes.find((p) => p.kind === 'item');
    if (!entry && !dto.processId) throw new ItemsException(ItemsExceptionCode.NO_ITEM_PROCESS, '本租户没有配置督办事项流程 / no item process configured');
    if (entry && entry.kind !== 'item') throw new ItemsException(ItemsExceptionCode.NOT_AN_ITEM_PROCESS, `流程 ${entry.id} 不能立项启动`, { processId: ['不是立项流程 / not an item process'] });
    const process = await this.catalog.latestProcess(tenant, entry?.id ?? dto.processId!, dto.version);
    const variables = dto.variables;
    if (entry?.startForm) {
      const form = await this.catalog.latestForm(tenant, entry.startForm);
      const problems = validateFormData(form.schema, variables);
      if (Object.keys(problems).length > 0) {
        const fields = Object.fromEntries(Object.entries(problems).map(([f, m]) => [`variables.${f}`, m]));
        throw new ItemsException(ItemsExceptionCode.FORM_INVALID, `立项表单有误：${Object.keys(problems).join(', ')}`, fields);
      }
    }
    const id = await this.dataSource.transaction(async (manager) => {
      const units = await this.unitsOf(manager, principal, variables.units);
      const [{ id }] = (await manager.query(
        `INSERT INTO item (tenant_id, title, source_type, category, lead_unit_id, assisting_unit_ids, stated_limit, bpmn_process_id,
           process_version, variables, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [principal.tenantId, text(variables.title) ?? process.name, text(variables.source), text(variables.category), units.lead, units.assisting,
          text(variables.statedLimit), process.id, process.latestVersion, JSON.stringify(variables), principal.personId],
      )) as { id: string }[];
      const created = await engineCall(() =>
        this.engine.createProcessInstance({
          bpmnProcessId: process.id,
          version: process.latestVersion,
          tenantId: this.tenancy.engineTenant(principal.tenantCode),
          variables: { ...(variables as Variables), itemId: id, tenantId: principal.tenantCode, startedBy: principal.personCode },
        }),
      );
      await manager.query(`UPDATE item SET process_instance_key = $2, process_version = $3 WHERE id = $1`, [id, created.processInstanceKey, created.version]);
      await this.audit.record(manager, { tenantId: principal.tenantId, actor: actorOf(principal), action: 'item.register', entityType: 'item', entityId: id,
        after: { title: text(variables.title), processId: process.id, version: created.version, processInstanceKey: created.processInstanceKey } });
      return id;
    });
    this.events.publish({ tenantId: principal.tenantId, type: 'item.updated', data: { itemId: id }, audience: { personIds: [principal.personId] } });
    return this.get(principal, id);
  }

  async list(principal: Principal, query: ItemsQueryDto): Promise<ItemPageDto> {
    const limit = query.limit ?? 50;
    const values = await this.visibilityParams(principal);
    const where = [`i.tenant_id = $1`, ITEM_VISIBLE];
    const param = (v: unknown) => `$${values.push(v)}`;
    if (query.status) where.push(`i.status = ${param(query.status)}`);
    if (query.view === 'started') where.push(`i.created_by = $3`);
    if (query.unitId) where.push(`(i.lead_unit_id = ${param(query.unitId)} OR i.assisting_unit_ids @> ARRAY[$${values.length}::uuid])`);
    const bounds = await this.lights.bounds(principal.tenantCode);
    // Lights belong to active items with a limit, as in toItemDto.
    if (query.light) where.push(`i.status = 'active'`);
    if (query.light === 'red') where.push(`i.due_at < ${param(bounds.redBefore)}`);
    if (query.light === 'yellow') where.push(`i.due_at >= ${param(bounds.redBefore)} AND i.due_at < ${param(bounds.yellowBefore)}`);
    if (query.light === 'green') where.push(`i.due_at >= ${param(bounds.yellowBefore)}`);
    if (query.text) where.push(`(i.title ILIKE ${param(`%${query.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)} OR i.number ILIKE $${values.length})`);
    if (query.cursor) {
      const [at, id] = decodeCursor(query.cursor);
      where.push(`(i.created_at, i.id) < (${param(at)}::timestamptz, ${param(UUID.test(id) ? id : '00000000-0000-0000-0000-000000000000')}::uuid)`);
    }
    const rows = (await this.dataSource.query(
      `SELECT ${ITEM_COLUMNS} FROM item i ${ITEM_JOINS} WHERE ${where.join(' AND ')} ORDER BY i.created_at DESC, i.id DESC LIMIT ${param(limit + 1)}`,
      values,
    )) as ItemRow[];
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((r) => toItemDto(r, bounds)),
      nextCursor: rows.length > limit && last ? Buffer.from(JSON.stringify([last.created_at.toISOString(), last.id])).toString('base64url') : null,
    };
  }

  async get(principal: Principal, id: string): Promise<ItemDto> {
    return toItemDto(await this.visibleItem(principal, id), await this.lights.bounds(principal.tenantCode));
  }

  async visibleItem(principal: Principal, id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<ItemRow> {
    if (!UUID.test(id)) throw notFound('督办事项');
    const values = await this.visibilityParams(principal);
    const [row] = (await manager.query(
      `SELECT ${ITEM_COLUMNS} FROM item i ${ITEM_JOINS} WHERE i.tenant_id = $1 AND i.id = $7 AND ${ITEM_VISIBLE} ${forUpdate ? 'FOR UPDATE OF i' : ''}`,
      [...values, id],
    )) as ItemRow[];
    if (!row) throw notFound('督办事项');
    return row;
  }

  private async visibilityParams(principal: Principal): Promise<unknown[]> {
    const units = principal.unitScope === 'tenant' ? null : [...principal.unitScope];
    return [principal.tenantId, principal.permissions.has('items.all'), principal.personId, units, principal.personCode, await this.groups.of(principal)];
  }

  /** `units: [{unit, lead}]` of the variable contract → lead unit and assisting units of this tenant (400 otherwise). */
  private async unitsOf(manager: EntityManager, principal: Principal, raw: unknown): Promise<{ lead: string | null; assisting: string[] }> {
    const entries = (Array.isArray(raw) ? raw : []) as UnitEntry[];
    const codes = entries.map((e) => text(e?.unit)).filter((c): c is string => c !== null);
    const rows = (await manager.query(`SELECT id, code FROM unit WHERE tenant_id = $1 AND code = ANY($2)`, [principal.tenantId, codes])) as { id: string; code: string }[];
    const ids = new Map(rows.map((r) => [r.code, r.id]));
    const unknown = entries.map((e, i) => [i, text(e?.unit)] as const).filter(([, code]) => code !== null && !ids.has(code));
    if (unknown.length > 0) {
      throw new ItemsException(ItemsExceptionCode.FORM_INVALID, '承办单位不存在 / unknown unit', Object.fromEntries(unknown.map(([i]) => [`variables.units[${i}].unit`, ['本县没有此单位 / no such unit']])));
    }
    const lead = entries.find((e) => e?.lead === true);
    const leadId = lead ? (ids.get(text(lead.unit) ?? '') ?? null) : (ids.get(codes[0]) ?? null);
    return { lead: leadId, assisting: [...new Set(codes.map((c) => ids.get(c)!).filter((u) => u !== leadId))] };
  }
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && !Number.isNaN(Date.parse(at)) && typeof id === 'string') return [at, id];
  } catch {
    // answered below
  }
  throw new ItemsException(ItemsExceptionCode.INVALID_CURSOR, 'cursor 无效 / invalid cursor', { cursor: ['无效 / invalid'] });
}
