import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService, SYSTEM_ACTOR } from '../audit/audit.service.js';
import { PasswordService } from '../auth/password.service.js';
import { PERMISSIONS } from '../tenancy/permission.js';
import type { TenantFolder } from './tenant-folder.reader.js';

export interface SeedResult {
  tenant: string;
  created: { units: string[]; roles: string[]; people: string[]; accounts: string[] };
}

/** Built into every tenant: its administrator role and account (`<tenant>-admin`). */
export const ADMIN_ROLE = { code: 'admin', name: '系统管理员', scope: 'tenant', permissions: [...PERMISSIONS] } as const;

/**
 * Creates what the tenant folders describe and the database lacks, matched by code. Existing rows are never
 * changed or removed, so administrators' edits survive restarts and a second run changes nothing.
 */
@Injectable()
export class OrganisationSeeder {
  private readonly logger = new Logger(OrganisationSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
  ) {}

  async seed(folders: TenantFolder[], demoPassword: string): Promise<SeedResult[]> {
    // One hash for every new demo account of this run: argon2 is slow on purpose.
    let demoHash: Promise<string> | undefined;
    const hash = () => (demoHash ??= this.passwords.hash(demoPassword));
    const results: SeedResult[] = [];
    for (const folder of folders) {
      results.push(await this.dataSource.transaction((manager) => this.seedTenant(manager, folder, hash)));
    }
    return results;
  }

  private async seedTenant(manager: EntityManager, { tenant, organisation }: TenantFolder, hash: () => Promise<string>): Promise<SeedResult> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`duban-seed:${tenant.id}`]);
    const created: SeedResult['created'] = { units: [], roles: [], people: [], accounts: [] };
    const insert = async (sql: string, values: unknown[]): Promise<boolean> => ((await manager.query(sql, values)) as unknown[]).length > 0;

    await manager.query(`INSERT INTO tenant (code, name, full_name) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING`, [
      tenant.id,
      tenant.name,
      tenant.fullName ?? null,
    ]);
    const [{ id: tenantId }] = (await manager.query('SELECT id FROM tenant WHERE code = $1', [tenant.id])) as { id: string }[];

    for (const role of [ADMIN_ROLE, ...organisation.roles]) {
      const added = await insert(
        `INSERT INTO role (tenant_id, code, name, scope, permissions) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (tenant_id, code) DO NOTHING RETURNING id`,
        [tenantId, role.code, role.name, role.scope, role.permissions ?? []],
      );
      if (added) created.roles.push(role.code);
    }
    for (const unit of organisation.units) {
      const added = await insert(
        `INSERT INTO unit (tenant_id, code, name, kind) VALUES ($1, $2, $3, $4) ON CONFLICT (tenant_id, code) DO NOTHING RETURNING id`,
        [tenantId, unit.code, unit.name, unit.kind ?? 'handling'],
      );
      if (added) created.units.push(unit.code);
    }
    for (const unit of organisation.units.filter((u) => u.parent && created.units.includes(u.code))) {
      await manager.query(
        `UPDATE unit SET parent_id = (SELECT id FROM unit WHERE tenant_id = $1 AND code = $3) WHERE tenant_id = $1 AND code = $2`,
        [tenantId, unit.code, unit.parent],
      );
    }
    const ids = async (table: 'unit' | 'role' | 'person') =>
      new Map(((await manager.query(`SELECT code, id FROM ${table} WHERE tenant_id = $1`, [tenantId])) as { code: string; id: string }[]).map((r) => [r.code, r.id]));
    const units = await ids('unit');
    const roles = await ids('role');
    const lookup = (map: Map<string, string>, code: string, what: string) => {
      const id = map.get(code);
      if (!id) throw new Error(`${tenant.id}/organisation.json: unknown ${what} "${code}"`);
      return id;
    };

    for (const person of withAdministrator(tenant.id, tenant.name, organisation.people)) {
      const unitId = 'unit' in person && person.unit ? lookup(units, person.unit, 'unit') : null;
      const [row] = (await manager.query(
        `INSERT INTO person (tenant_id, code, name, unit_id, email, mobile) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (tenant_id, code) DO NOTHING RETURNING id`,
        [tenantId, person.id, person.name, unitId, ('email' in person && person.email) || null, ('mobile' in person && person.mobile) || null],
      )) as { id: string }[];
      if (!row) continue; // existed: its roles and account are the administrators' business now
      created.people.push(person.id);
      const grants = [
        ...(person.roles ?? []).map((role) => ({ role, unit: null as string | null })),
        ...(organisation.roleBindings ?? []).filter((b) => b.person === person.id).map((b) => ({ role: b.role, unit: b.unit })),
      ];
      for (const grant of grants) {
        await manager.query(
          `INSERT INTO person_role (tenant_id, person_id, role_id, unit_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
          [tenantId, row.id, lookup(roles, grant.role, 'role'), grant.unit ? lookup(units, grant.unit, 'unit') : null],
        );
      }
      if (person.login) {
        const added = await insert(
          `INSERT INTO account (person_id, tenant_id, username, password_hash) VALUES ($1, $2, $3, $4)
           ON CONFLICT DO NOTHING RETURNING person_id`,
          [row.id, tenantId, person.login.toLowerCase(), await hash()],
        );
        if (added) created.accounts.push(person.login.toLowerCase());
        else this.logger.warn(`${tenant.id}: 用户名 ${person.login} 已被其他租户使用，未为 ${person.id} 创建账号`);
      }
    }

    const changed = Object.values(created).some((list) => list.length > 0);
    if (changed) {
      await this.audit.record(manager, { tenantId, actor: SYSTEM_ACTOR, action: 'seed.apply', entityType: 'tenant', entityId: tenantId, after: created });
      this.logger.log(`${tenant.id}: 新建 ${created.units.length} 个单位、${created.roles.length} 个角色、${created.people.length} 名人员`);
    }
    return { tenant: tenant.id, created };
  }
}

/**
 * Every tenant gets an administrator `<tenant>-admin` holding the built-in admin role: the file's person of that
 * id if there is one (keeping its own roles), otherwise a person made for it.
 */
export function withAdministrator<P extends { id: string; login?: string; name: string; roles?: string[] }>(
  tenantId: string,
  tenantName: string,
  people: P[],
): (P | { id: string; login: string; name: string; roles: string[] })[] {
  const code = `${tenantId}-admin`;
  const listed = people.find((p) => p.id === code);
  if (!listed) return [{ id: code, login: code, name: `${tenantName}系统管理员`, roles: [ADMIN_ROLE.code] }, ...people];
  return people.map((p) => (p === listed ? { ...p, login: p.login ?? code, roles: [...new Set([...(p.roles ?? []), ADMIN_ROLE.code])] } : p));
}
