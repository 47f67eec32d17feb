import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { actorOf, AuditService } from '../audit/audit.service.js';
import type { Principal } from '../tenancy/principal.js';
import { notFound } from '../tenancy/tenant-scoped.repository.js';
import type { UpdateTenantDto } from './dto/organisation.dto.js';
import { Tenant } from './tenant.entity.js';

/** The caller's own tenant — there is no way to name another one. */
@Injectable()
export class TenantService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(principal: Principal): Promise<Tenant> {
    const tenant = await this.dataSource.getRepository(Tenant).findOneBy({ id: principal.tenantId });
    if (!tenant) throw notFound('租户');
    return tenant;
  }

  update(principal: Principal, dto: UpdateTenantDto): Promise<Tenant> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Tenant);
      const tenant = await repository.findOneByOrFail({ id: principal.tenantId });
      const before = { ...tenant };
      const saved = await repository.save(Object.assign(tenant, dto));
      await this.audit.record(manager, { tenantId: principal.tenantId, actor: actorOf(principal), action: 'tenant.update', entityType: 'tenant', entityId: tenant.id, before, after: saved });
      return saved;
    });
  }
}
