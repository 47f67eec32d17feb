import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { actorOf, AuditService } from '../audit/audit.service.js';
import { AuthService } from '../auth/auth.service.js';
import { SessionService } from '../auth/session.service.js';
import type { Principal } from '../tenancy/principal.js';
import { TenantScopedRepository } from '../tenancy/tenant-scoped.repository.js';
import type { CreatePersonDto, RoleAssignmentDto, UpdatePersonDto } from './dto/organisation.dto.js';
import { PersonRole } from './person-role.entity.js';
import { Person } from './person.entity.js';
import { RolesService } from './roles.service.js';
import { UnitsService } from './units.service.js';

export interface PersonDetail extends Person {
  roles: { roleId: string; roleCode: string; unitId: string | null }[];
  account: { username: string; lockedUntil: Date | null; lastLoginAt: Date | null } | null;
}

@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly units: UnitsService,
    private readonly roles: RolesService,
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
  ) {}

  /** Unit isolation: a unit-scoped caller sees only the people of the units they may see. */
  people(manager: EntityManager, principal: Principal): TenantScopedRepository<Person> {
    return new TenantScopedRepository(manager.getRepository(Person), principal, '人员', 'unitId');
  }

  list(principal: Principal): Promise<Person[]> {
    return this.people(this.dataSource.manager, principal).find({ order: { code: 'ASC' } });
  }

  async get(principal: Principal, id: string): Promise<PersonDetail> {
    const person = await this.people(this.dataSource.manager, principal).findById(id);
    const roles = (await this.dataSource.query(
      `SELECT pr.role_id AS "roleId", r.code AS "roleCode", pr.unit_id AS "unitId"
         FROM person_role pr JOIN role r ON r.id = pr.role_id WHERE pr.person_id = $1 ORDER BY r.code`,
      [person.id],
    )) as PersonDetail['roles'];
    const [account] = (await this.dataSource.query(
      `SELECT username, locked_until AS "lockedUntil", last_login_at AS "lastLoginAt" FROM account WHERE person_id = $1`,
      [person.id],
    )) as NonNullable<PersonDetail['account']>[];
    return { ...person, roles, account: account ?? null };
  }

  create(principal: Principal, dto: CreatePersonDto): Promise<Person> {
    return this.dataSource.transaction(async (manager) => {
      await this.units.units(manager, principal).assertExists(dto.unitId);
      const people = this.people(manager, principal);
      const person = await people.save(
        people.create({ code: dto.code, name: dto.name, unitId: dto.unitId ?? null, email: dto.email ?? null, mobile: dto.mobile ?? null, active: true }),
      );
      await this.record(manager, principal, 'person.create', person.id, undefined, person);
      return person;
    });
  }

  update(principal: Principal, id: string, dto: UpdatePersonDto): Promise<Person> {
    return this.dataSource.transaction(async (manager) => {
      const people = this.people(manager, principal);
      const person = await people.findById(id);
      await this.units.units(manager, principal).assertExists(dto.unitId);
      const before = { ...person };
      const saved = await people.save(Object.assign(person, dto));
      if (before.active && !saved.active) await this.sessions.revokeAll(manager, saved.id);
      await this.record(manager, principal, 'person.update', id, before, saved);
      return saved;
    });
  }

  /** Replaces the person's role assignments; every role and unit must belong to the caller's tenant. */
  setRoles(principal: Principal, id: string, assignments: RoleAssignmentDto[]): Promise<PersonDetail['roles']> {
    return this.dataSource.transaction(async (manager) => {
      const person = await this.people(manager, principal).findById(id);
      const roles = this.roles.roles(manager, principal);
      const units = this.units.units(manager, principal);
      const resolved = [];
      for (const a of assignments) {
        const role = await roles.findById(a.roleId);
        await units.assertExists(a.unitId);
        resolved.push({ roleId: role.id, roleCode: role.code, unitId: a.unitId ?? null });
      }
      const unique = [...new Map(resolved.map((r) => [`${r.roleId}/${r.unitId}`, r])).values()];
      const repository = manager.getRepository(PersonRole);
      const before = await repository.find({ where: { personId: person.id, tenantId: principal.tenantId } });
      await repository.delete({ personId: person.id, tenantId: principal.tenantId });
      await repository.insert(unique.map((r) => ({ tenantId: principal.tenantId, personId: person.id, roleId: r.roleId, unitId: r.unitId })));
      await this.record(
        manager,
        principal,
        'person.roles',
        person.id,
        before.map(({ roleId, unitId }) => ({ roleId, unitId })),
        unique.map(({ roleId, unitId }) => ({ roleId, unitId })),
      );
      return unique;
    });
  }

  /** Creates or replaces the login of a person; their sessions end. The password never reaches the audit log. */
  setAccount(principal: Principal, id: string, username: string, password: string): Promise<{ username: string }> {
    return this.dataSource.transaction(async (manager) => {
      const person = await this.people(manager, principal).findById(id);
      const account = await this.auth.setAccount(manager, { personId: person.id, tenantId: principal.tenantId }, username, password);
      await this.record(manager, principal, 'account.set', person.id, undefined, account);
      return account;
    });
  }

  unlock(principal: Principal, id: string): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const person = await this.people(manager, principal).findById(id);
      await manager.query('UPDATE account SET failed_attempts = 0, locked_until = NULL WHERE person_id = $1', [person.id]);
      await this.record(manager, principal, 'account.unlock', person.id);
    });
  }

  private record(manager: EntityManager, principal: Principal, action: string, id: string, before?: unknown, after?: unknown) {
    const entityType = action.split('.')[0] === 'account' ? 'account' : 'person';
    return this.audit.record(manager, { tenantId: principal.tenantId, actor: actorOf(principal), action, entityType, entityId: id, before, after });
  }
}
