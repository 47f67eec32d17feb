import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { actorOf, AuditService } from '../../platform/audit/audit.service.js';
import type { Principal } from '../../platform/tenancy/principal.js';
import { notFound } from '../../platform/tenancy/tenant-scoped.repository.js';
import type { InboxCriteriaDto } from './dto/inbox-query.dto.js';
import { InboxException, InboxExceptionCode } from './inbox.exception.js';

export interface SavedFilterView {
  id: string;
  name: string;
  criteria: InboxCriteriaDto;
  sharedWithRole: string | null;
  owner: { id: string; name: string };
  mine: boolean;
}

const COLUMNS = `f.id, f.name, f.criteria, f.shared_with_role AS "sharedWithRole", json_build_object('id', p.code, 'name', p.name) AS owner,
  f.owner_id = $2 AS mine`;

/** Saved inbox filters: the owner's own, plus those shared with a role the caller holds. */
@Injectable()
export class SavedFiltersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(principal: Principal): Promise<SavedFilterView[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM inbox_saved_filter f JOIN person p ON p.id = f.owner_id
       WHERE f.tenant_id = $1 AND (f.owner_id = $2 OR f.shared_with_role = ANY($3)) ORDER BY f.name, f.id`,
      [principal.tenantId, principal.personId, principal.roles],
    );
  }

  async create(principal: Principal, name: string, criteria: InboxCriteriaDto, sharedWithRole: string | null): Promise<SavedFilterView> {
    if (sharedWithRole && !principal.roles.includes(sharedWithRole)) {
      throw new InboxException(InboxExceptionCode.NOT_ALLOWED, '只能共享给自己担任的角色 / share only with a role you hold', { sharedWithRole: ['不是你的角色 / not one of your roles'] });
    }
    return this.dataSource.transaction(async (manager) => {
      const [{ id }] = (await manager.query(
        `INSERT INTO inbox_saved_filter (tenant_id, owner_id, name, criteria, shared_with_role) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [principal.tenantId, principal.personId, name, JSON.stringify(criteria), sharedWithRole],
      )) as { id: string }[];
      await this.audit.record(manager, { tenantId: principal.tenantId, actor: actorOf(principal), action: 'filter.create', entityType: 'saved_filter', entityId: id, after: { name, criteria, sharedWithRole } });
      const [view] = (await manager.query(`SELECT ${COLUMNS} FROM inbox_saved_filter f JOIN person p ON p.id = f.owner_id WHERE f.tenant_id = $1 AND f.id = $3`, [principal.tenantId, principal.personId, id])) as SavedFilterView[];
      return view;
    });
  }

  async remove(principal: Principal, id: string): Promise<void> {
    const visible = (await this.list(principal)).find((f) => f.id === id);
    if (!visible) throw notFound('筛选条件');
    if (!visible.mine) throw new InboxException(InboxExceptionCode.NOT_ALLOWED, '只能删除自己保存的筛选条件 / only the owner may delete');
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM inbox_saved_filter WHERE tenant_id = $1 AND id = $2 AND owner_id = $3`, [principal.tenantId, id, principal.personId]);
      await this.audit.record(manager, { tenantId: principal.tenantId, actor: actorOf(principal), action: 'filter.delete', entityType: 'saved_filter', entityId: id, before: visible });
    });
  }
}
