import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { actorOf, AuditService, SYSTEM_ACTOR } from '../audit/audit.service.js';
import type { Principal } from '../tenancy/principal.js';
import { LOCKOUT_MINUTES, LOCKOUT_THRESHOLD } from './auth.constants.js';
import { AuthException, AuthExceptionCode } from './auth.exception.js';
import { PasswordService } from './password.service.js';
import { SessionService } from './session.service.js';

interface AccountRow {
  personId: string;
  tenantId: string;
  username: string;
  passwordHash: string;
  failedAttempts: number;
  lockedUntil: Date | null;
}

const ACCOUNT_COLUMNS = `a.person_id AS "personId", a.tenant_id AS "tenantId", a.username, a.password_hash AS "passwordHash",
  a.failed_attempts AS "failedAttempts", a.locked_until AS "lockedUntil"`;

const invalid = () => new AuthException(AuthExceptionCode.INVALID_CREDENTIALS, '用户名或密码错误 / wrong username or password');
const locked = (until: Date) =>
  new AuthException(
    AuthExceptionCode.ACCOUNT_LOCKED,
    `连续输错密码，账号已锁定至 ${until.toISOString()} / account locked after repeated failures`,
  );

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  /** Unknown user, wrong password and inactive person all answer the same, in about the same time. */
  async login(username: string, password: string, client: { ip?: string; userAgent?: string }) {
    const name = username.trim().toLowerCase();
    const [account] = (await this.dataSource.query(
      `SELECT ${ACCOUNT_COLUMNS} FROM account a JOIN person p ON p.id = a.person_id AND p.active WHERE a.username = $1`,
      [name],
    )) as AccountRow[];
    if (!account) {
      await this.passwords.spendTime(password);
      throw invalid();
    }
    if (account.lockedUntil && account.lockedUntil > new Date()) throw locked(account.lockedUntil);
    if (!(await this.passwords.verify(account.passwordHash, password))) {
      const lockedUntil = await this.recordFailure(account.personId);
      throw lockedUntil ? locked(lockedUntil) : invalid();
    }
    const rehash = this.passwords.needsRehash(account.passwordHash) ? await this.passwords.hash(password) : null;
    return this.startSession(account, client, 'password', rehash);
  }

  /**
   * Single sign-on: the provider vouched for the username; the account must exist here, be active and not locked.
   * Unknown users are refused — accounts (and their tenant and roles) are made by administrators.
   */
  async loginExternal(username: string, client: { ip?: string; userAgent?: string }, method: string) {
    const [account] = (await this.dataSource.query(
      `SELECT ${ACCOUNT_COLUMNS} FROM account a JOIN person p ON p.id = a.person_id AND p.active WHERE a.username = $1`,
      [username.trim().toLowerCase()],
    )) as AccountRow[];
    if (!account) throw new AuthException(AuthExceptionCode.UNKNOWN_USER, `没有账号 ${username} / no account for this user`);
    if (account.lockedUntil && account.lockedUntil > new Date()) throw locked(account.lockedUntil);
    return this.startSession(account, client, method, null);
  }

  private startSession(account: AccountRow, client: { ip?: string; userAgent?: string }, method: string, rehash: string | null) {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE account SET failed_attempts = 0, locked_until = NULL, last_login_at = now(),
                password_hash = COALESCE($2, password_hash) WHERE person_id = $1`,
        [account.personId, rehash],
      );
      const session = await this.sessions.create(manager, account, client);
      await this.audit.record(manager, {
        tenantId: account.tenantId,
        actor: { id: account.personId, name: account.username },
        action: 'auth.login',
        entityType: 'account',
        entityId: account.personId,
        after: { ip: client.ip ?? null, method },
      });
      return session;
    });
  }

  /** Counts a failure under a row lock; returns the lock's end when this failure locks the account. */
  private recordFailure(personId: string): Promise<Date | null> {
    return this.dataSource.transaction(async (manager) => {
      const [row] = (await manager.query(`SELECT ${ACCOUNT_COLUMNS} FROM account a WHERE a.person_id = $1 FOR UPDATE`, [
        personId,
      ])) as AccountRow[];
      // A lock that has run out starts a fresh count.
      const previous = row.lockedUntil && row.lockedUntil <= new Date() ? 0 : row.failedAttempts;
      const attempts = previous + 1;
      const lockedUntil = attempts >= LOCKOUT_THRESHOLD ? new Date(Date.now() + LOCKOUT_MINUTES * 60_000) : null;
      await manager.query(`UPDATE account SET failed_attempts = $2, locked_until = $3 WHERE person_id = $1`, [
        personId,
        lockedUntil ? 0 : attempts,
        lockedUntil,
      ]);
      if (lockedUntil) {
        await this.audit.record(manager, {
          tenantId: row.tenantId,
          actor: SYSTEM_ACTOR,
          action: 'account.lock',
          entityType: 'account',
          entityId: personId,
          after: { lockedUntil, failedAttempts: attempts },
        });
      }
      return lockedUntil;
    });
  }

  async logout(principal: Principal, tokenHash: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('DELETE FROM session WHERE token_hash = $1', [tokenHash]);
      await this.audit.record(manager, {
        tenantId: principal.tenantId,
        actor: actorOf(principal),
        action: 'auth.logout',
        entityType: 'account',
        entityId: principal.personId,
      });
    });
  }

  async changePassword(principal: Principal, tokenHash: string, current: string, next: string): Promise<void> {
    const [account] = (await this.dataSource.query(`SELECT ${ACCOUNT_COLUMNS} FROM account a WHERE a.person_id = $1`, [
      principal.personId,
    ])) as AccountRow[];
    if (!account || !(await this.passwords.verify(account.passwordHash, current))) {
      throw new AuthException(AuthExceptionCode.INVALID_CREDENTIALS, '当前密码错误 / wrong current password', {
        currentPassword: ['当前密码错误 / wrong current password'],
      });
    }
    this.passwords.assertAcceptable(next, account.username);
    const hash = await this.passwords.hash(next);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE account SET password_hash = $2, password_changed_at = now() WHERE person_id = $1`, [
        principal.personId,
        hash,
      ]);
      await this.sessions.revokeAll(manager, principal.personId, tokenHash);
      await this.audit.record(manager, {
        tenantId: principal.tenantId,
        actor: actorOf(principal),
        action: 'account.password-change',
        entityType: 'account',
        entityId: principal.personId,
      });
    });
  }

  /** Used by administrators and the seeder: creates or replaces a person's account. */
  async setAccount(manager: EntityManager, subject: { personId: string; tenantId: string }, username: string, password: string) {
    const name = username.trim().toLowerCase();
    this.passwords.assertAcceptable(password, name);
    const hash = await this.passwords.hash(password);
    await manager.query(
      `INSERT INTO account (person_id, tenant_id, username, password_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (person_id) DO UPDATE SET username = EXCLUDED.username, password_hash = EXCLUDED.password_hash,
         failed_attempts = 0, locked_until = NULL, password_changed_at = now()`,
      [subject.personId, subject.tenantId, name, hash],
    );
    await this.sessions.revokeAll(manager, subject.personId);
    return { username: name };
  }
}
