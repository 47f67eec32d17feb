import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { actorOf, AuditService } from '../audit/audit.service.js';
import type { Principal } from '../tenancy/principal.js';
import { TenantScopedRepository } from '../tenancy/tenant-scoped.repository.js';
import type { CreateUnitDto, UpdateUnitDto } from './dto/organisation.dto.js';
import { OrganisationException, OrganisationExceptionCode } from './organisation.exception.js';
import { Unit } from './unit.entity.js';

@Injectable()
export class UnitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Every unit of the tenant is readable by its members: pickers need them. */
  units(manager: EntityManager, principal: Principal): TenantScopedRepository<Unit> {
    return new TenantScopedRepository(manager.getRepository(Unit), principal, '单位');
  }

  list(principal: Principal): Promise<Unit[]> {
    return this.units(this.dataSource.manager, principal).find({ order: { code: 'ASC' } });
  }

  get(principal: Principal, id: string): Promise<Unit> {
    return this.units(this.dataSource.manager, principal).findById(id);
  }

  create(principal: Principal, dto: CreateUnitDto): Promise<Unit> {
    return this.dataSource.transaction(async (manager) => {
      const units = this.units(manager, principal);
      await units.assertExists(dto.parentId);
      const unit = await units.save(
        units.create({ code: dto.code, name: dto.name, kind: dto.kind ?? 'handling', parentId: dto.parentId ?? null, active: true }),
      );
      await this.audit.record(manager, { tenantId: principal.tenantId, actor: actorOf(principal), action: 'unit.create', entityType: 'unit', entityId: unit.id, after: unit });
      return unit;
    });
  }

  update(principal: Principal, id: string, dto: UpdateUnitDto): Promise<Unit> {
    return this.dataSource.transaction(async (manager) => {
      const units = this.units(manager, principal);
      const unit = await units.findById(id);
      const before = { ...unit };
      if (dto.parentId !== undefined) await this.assertNoCycle(units, unit.id, dto.parentId);
      Object.assign(unit, dto);
      const saved = await units.save(unit);
      await this.audit.record(manager, { tenantId: principal.tenantId, actor: actorOf(principal), action: 'unit.update', entityType: 'unit', entityId: id, before, after: saved });
      return saved;
    });
  }

  /** Only a unit nobody refers to can go; otherwise deactivate it (PATCH active=false). */
  remove(principal: Principal, id: string): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const units = this.units(manager, principal);
      const unit = await units.findById(id);
      const [{ used }] = (await manager.query(
        `SELECT EXISTS (SELECT 1 FROM person WHERE unit_id = $1) OR EXISTS (SELECT 1 FROM unit WHERE parent_id = $1)
             OR EXISTS (SELECT 1 FROM person_role WHERE unit_id = $1) AS used`,
        [unit.id],
      )) as { used: boolean }[];
      if (used) {
        throw new OrganisationException(OrganisationExceptionCode.IN_USE, '单位仍有人员、下级单位或角色，请改为停用 / unit in use: deactivate it instead');
      }
      await units.remove(unit);
      await this.audit.record(manager, { tenantId: principal.tenantId, actor: actorOf(principal), action: 'unit.delete', entityType: 'unit', entityId: id, before: unit });
    });
  }

  private async assertNoCycle(units: TenantScopedRepository<Unit>, id: string, parentId: string | null): Promise<void> {
    for (let current = parentId, depth = 0; current !== null; depth++) {
      if (current === id || depth > 100) {
        throw new OrganisationException(OrganisationExceptionCode.UNIT_CYCLE, '上级单位不能是自身或其下级 / parent would make a cycle', {
          parentId: ['上级单位不能是自身或其下级 / parent would make a cycle'],
        });
      }
      current = (await units.findById(current)).parentId;
    }
  }
}
