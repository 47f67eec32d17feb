import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { actorOf, AuditService } from '../audit/audit.service.js';
import type { Principal } from '../tenancy/principal.js';
import { TenantScopedRepository } from '../tenancy/tenant-scoped.repository.js';
import type { CreateRoleDto, UpdateRoleDto } from './dto/organisation.dto.js';
import { OrganisationException, OrganisationExceptionCode } from './organisation.exception.js';
import { Role } from './role.entity.js';

@Injectable()
export class RolesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  roles(manager: EntityManager, principal: Principal): TenantScopedRepository<Role> {
    return new TenantScopedRepository(manager.getRepository(Role), principal, '角色');
  }

  list(principal: Principal): Promise<Role[]> {
    return this.roles(this.dataSource.manager, principal).find({ order: { code: 'ASC' } });
  }

  get(principal: Principal, id: string): Promise<Role> {
    return this.roles(this.dataSource.manager, principal).findById(id);
  }

  create(principal: Principal, dto: CreateRoleDto): Promise<Role> {
    return this.dataSource.transaction(async (manager) => {
      const roles = this.roles(manager, principal);
      const role = await roles.save(roles.create({ ...dto, permissions: dto.permissions ?? [] }));
      await this.audit.record(manager, { tenantId: principal.tenantId, actor: actorOf(principal), action: 'role.create', entityType: 'role', entityId: role.id, after: role });
      return role;
    });
  }

  update(principal: Principal, id: string, dto: UpdateRoleDto): Promise<Role> {
    return this.dataSource.transaction(async (manager) => {
      const roles = this.roles(manager, principal);
      const role = await roles.findById(id);
      const before = { ...role };
      const saved = await roles.save(Object.assign(role, dto));
      await this.audit.record(manager, { tenantId: principal.tenantId, actor: actorOf(principal), action: 'role.update', entityType: 'role', entityId: id, before, after: saved });
      return saved;
    });
  }

  remove(principal: Principal, id: string): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const roles = this.roles(manager, principal);
      const role = await roles.findById(id);
      const [{ held }] = (await manager.query('SELECT EXISTS (SELECT 1 FROM person_role WHERE role_id = $1) AS held', [role.id])) as {
        held: boolean;
      }[];
      if (held) throw new OrganisationException(OrganisationExceptionCode.IN_USE, '仍有人员担任此角色 / role still held by people');
      await roles.remove(role);
      await this.audit.record(manager, { tenantId: principal.tenantId, actor: actorOf(principal), action: 'role.delete', entityType: 'role', entityId: id, before: role });
    });
  }
}
