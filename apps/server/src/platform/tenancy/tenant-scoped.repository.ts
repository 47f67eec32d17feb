import { NotFoundException } from '@nestjs/common';
import { type DeepPartial, type FindManyOptions, type FindOptionsWhere, In, type Repository } from 'typeorm';
import { canSeeUnit, type Principal } from './principal.js';

export interface TenantOwned {
  id: string;
  tenantId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function notFound(entity: string): NotFoundException {
  return new NotFoundException({ code: 'NOT_FOUND', message: `${entity}不存在 / ${entity} not found` });
}

/**
 * THE place where tenant isolation happens: every read and write of a tenant-owned entity goes through here,
 * with the tenant taken from the principal (the session). An id of another tenant — or of a unit the caller may
 * not see — is indistinguishable from an id that does not exist: 404, for reads and writes alike.
 */
export class TenantScopedRepository<T extends TenantOwned> {
  constructor(
    private readonly repository: Repository<T>,
    private readonly principal: Principal,
    private readonly label: string,
    /** For unit-owned entities: the property naming the owning unit (unit isolation). */
    private readonly unitProperty?: keyof T & string,
  ) {}

  get tenantId(): string {
    return this.principal.tenantId;
  }

  /**
   * `where` may be an object or an array of alternatives; each one is pinned to the tenant and, for a
   * unit-scoped caller, to the units they may see — in SQL, so that paging stays correct.
   */
  find(options: FindManyOptions<T> = {}): Promise<T[]> {
    const where = options.where ?? {};
    const scope = this.principal.unitScope;
    if (this.unitProperty && scope !== 'tenant' && scope.size === 0) return Promise.resolve([]);
    const units = this.unitProperty && scope !== 'tenant' ? { [this.unitProperty]: In([...scope]) } : {};
    const pinned = (Array.isArray(where) ? where : [where]).map((w) => ({ ...w, ...units, tenantId: this.tenantId }));
    return this.repository.find({ ...options, where: pinned as FindOptionsWhere<T>[] });
  }

  async findById(id: string): Promise<T> {
    const found = UUID.test(id)
      ? await this.repository.findOne({ where: { id, tenantId: this.tenantId } as FindOptionsWhere<T> })
      : null;
    if (!found || !this.visible(found)) throw notFound(this.label);
    return found;
  }

  /** Checks that ids named in a request body (e.g. `unitId`) exist in this tenant; 404 otherwise. */
  async assertExists(id: string | null | undefined): Promise<void> {
    if (id !== null && id !== undefined) await this.findById(id);
  }

  create(values: DeepPartial<T>): T {
    return this.repository.create({ ...values, tenantId: this.tenantId } as DeepPartial<T>);
  }

  async save(entity: T): Promise<T> {
    if (entity.tenantId !== this.tenantId) throw notFound(this.label);
    return this.repository.save(entity);
  }

  async remove(entity: T): Promise<void> {
    if (entity.tenantId !== this.tenantId) throw notFound(this.label);
    await this.repository.delete({ id: entity.id, tenantId: this.tenantId } as FindOptionsWhere<T>);
  }

  private visible(row: T): boolean {
    return this.unitProperty === undefined || canSeeUnit(this.principal, row[this.unitProperty] as string | null);
  }
}
