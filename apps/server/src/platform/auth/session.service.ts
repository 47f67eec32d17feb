import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { isPermission } from '../tenancy/permission.js';
import { buildPrincipal, type Principal, type PrincipalIdentity, type RoleGrant } from '../tenancy/principal.js';
import { SESSION_IDLE_HOURS, SESSION_TOUCH_SECONDS } from './auth.constants.js';

export interface ResolvedSession {
  principal: Principal;
  csrfToken: string;
  tokenHash: string;
  expiresAt: Date;
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
const newToken = (): string => randomBytes(32).toString('base64url');

/** Server-side sessions: the cookie holds a random token, the table its hash, the CSRF token and the expiry. */
@Injectable()
export class SessionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(
    manager: EntityManager,
    subject: { personId: string; tenantId: string },
    client: { ip?: string; userAgent?: string },
  ): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
    const token = newToken();
    const csrfToken = newToken();
    // Housekeeping on the way: this person's expired sessions go.
    await manager.query('DELETE FROM session WHERE person_id = $1 AND expires_at < now()', [subject.personId]);
    const [row] = (await manager.query(
      `INSERT INTO session (token_hash, tenant_id, person_id, csrf_token, expires_at, ip, user_agent)
       VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5), $6, $7) RETURNING expires_at AS "expiresAt"`,
      [hashToken(token), subject.tenantId, subject.personId, csrfToken, SESSION_IDLE_HOURS, client.ip ?? null, client.userAgent?.slice(0, 300) ?? null],
    )) as { expiresAt: Date }[];
    return { token, csrfToken, expiresAt: row.expiresAt };
  }

  /** The live session of a cookie token, with the person's current roles; inactive people have none. */
  async resolve(token: string): Promise<ResolvedSession | null> {
    const tokenHash = hashToken(token);
    const [row] = (await this.dataSource.query(
      `SELECT s.csrf_token AS "csrfToken", s.expires_at AS "expiresAt",
              (s.last_seen_at < now() - make_interval(secs => $2)) AS stale,
              p.id AS "personId", p.code AS "personCode", p.name, p.unit_id AS "unitId",
              a.username, t.id AS "tenantId", t.code AS "tenantCode"
         FROM session s
         JOIN person p ON p.id = s.person_id AND p.tenant_id = s.tenant_id AND p.active
         JOIN account a ON a.person_id = p.id
         JOIN tenant t ON t.id = s.tenant_id
        WHERE s.token_hash = $1 AND s.expires_at > now()`,
      [tokenHash, SESSION_TOUCH_SECONDS],
    )) as (PrincipalIdentity & { csrfToken: string; expiresAt: Date; stale: boolean })[];
    if (!row) return null;
    const grants = await this.grantsOf(row.personId);
    let expiresAt = row.expiresAt;
    if (row.stale) {
      // TypeORM answers an UPDATE with [rows, affected].
      const [touched] = (await this.dataSource.query(
        `UPDATE session SET last_seen_at = now(), expires_at = now() + make_interval(hours => $2)
          WHERE token_hash = $1 RETURNING expires_at AS "expiresAt"`,
        [tokenHash, SESSION_IDLE_HOURS],
      )) as [{ expiresAt: Date }[], number];
      expiresAt = touched[0]?.expiresAt ?? expiresAt;
    }
    const { csrfToken, stale: _stale, expiresAt: _expires, ...identity } = row;
    return { principal: buildPrincipal(identity, grants), csrfToken, tokenHash, expiresAt };
  }

  async grantsOf(personId: string): Promise<RoleGrant[]> {
    const rows = (await this.dataSource.query(
      `SELECT r.code, r.scope, r.permissions, pr.unit_id AS "unitId"
         FROM person_role pr JOIN role r ON r.id = pr.role_id AND r.tenant_id = pr.tenant_id
        WHERE pr.person_id = $1`,
      [personId],
    )) as (RoleGrant & { permissions: string[] })[];
    return rows.map((r) => ({ ...r, permissions: r.permissions.filter(isPermission) }));
  }

  async revoke(tokenHash: string): Promise<void> {
    await this.dataSource.query('DELETE FROM session WHERE token_hash = $1', [tokenHash]);
  }

  /** After a password change or deactivation: every session of the person, except optionally the current one. */
  async revokeAll(manager: EntityManager, personId: string, exceptTokenHash?: string): Promise<void> {
    await manager.query('DELETE FROM session WHERE person_id = $1 AND token_hash IS DISTINCT FROM $2', [personId, exceptTokenHash ?? null]);
  }
}
