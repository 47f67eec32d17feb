import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../tenancy/principal.js';
import { auditHash, type AuditRecord, toJsonValue } from './audit-hash.util.js';

export interface Actor {
  id: string | null;
  name: string;
}

export const SYSTEM_ACTOR: Actor = { id: null, name: 'system' };

export function actorOf(principal: Principal): Actor {
  return { id: principal.personId, name: `${principal.name} (${principal.username})` };
}

export interface AuditEntry {
  tenantId: string | null;
  actor: Actor;
  /** `<entity>.<verb>`, e.g. `unit.update`, `auth.login`. */
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** An entry as stored: the hashed record (less its chain), its sequence number and its links. */
export interface AuditRow extends Omit<AuditRecord, 'chain' | 'tenantId' | 'at'> {
  seq: string;
  at: Date;
  prevHash: string | null;
  hash: string;
}

export interface ChainVerification {
  valid: boolean;
  entries: number;
  /** Hash of the last entry: record it elsewhere to detect later removal of entries from the end. */
  head: string | null;
  /** The first entry whose content or link does not match. */
  brokenAt?: { seq: string; reason: 'content-changed' | 'link-broken' };
}

const ROW_COLUMNS = `seq::text AS seq, chain, tenant_id AS "tenantId", at, actor_id AS "actorId", actor_name AS "actorName",
  action, entity_type AS "entityType", entity_id AS "entityId", before, after, prev_hash AS "prevHash", hash`;
const BATCH = 1000;

export const chainOf = (tenantId: string | null): string => tenantId ?? 'platform';

/** Append-only, hash-chained audit log; one chain per tenant. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Must run inside the transaction of the change it records: both commit or neither. */
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('audit entries are written inside a transaction');
    const chain = chainOf(entry.tenantId);
    // Serialises appends per chain until commit, so that each entry links to the one before it.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`duban-audit:${chain}`]);
    const [last] = (await manager.query('SELECT hash FROM audit_log WHERE chain = $1 ORDER BY seq DESC LIMIT 1', [chain])) as {
      hash: string;
    }[];
    const record: AuditRecord = {
      chain,
      tenantId: entry.tenantId,
      at: new Date().toISOString(),
      actorId: entry.actor.id,
      actorName: entry.actor.name,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: toJsonValue(entry.before),
      after: toJsonValue(entry.after),
    };
    const previous = last?.hash ?? null;
    await manager.query(
      `INSERT INTO audit_log (chain, tenant_id, at, actor_id, actor_name, action, entity_type, entity_id, before, after, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb, $11, $12)`,
      [
        chain,
        record.tenantId,
        record.at,
        record.actorId,
        record.actorName,
        record.action,
        record.entityType,
        record.entityId,
        JSON.stringify(record.before),
        JSON.stringify(record.after),
        previous,
        auditHash(previous, record),
      ],
    );
  }

  /** Newest first, keyset-paginated by sequence number. */
  async list(tenantId: string, options: { entityType?: string; entityId?: string; beforeSeq?: string; limit: number }): Promise<AuditRow[]> {
    const rows = (await this.dataSource.query(
      `SELECT ${ROW_COLUMNS} FROM audit_log
       WHERE chain = $1 AND ($2::text IS NULL OR entity_type = $2) AND ($3::text IS NULL OR entity_id = $3)
         AND ($4::bigint IS NULL OR seq < $4::bigint)
       ORDER BY seq DESC LIMIT $5`,
      [chainOf(tenantId), options.entityType ?? null, options.entityId ?? null, options.beforeSeq ?? null, options.limit],
    )) as AuditRow[];
    return rows;
  }

  /** Recomputes every hash of the chain in order, in batches. */
  async verify(tenantId: string | null): Promise<ChainVerification> {
    const chain = chainOf(tenantId);
    let previous: string | null = null;
    let afterSeq = '0';
    let entries = 0;
    for (;;) {
      const rows = (await this.dataSource.query(
        `SELECT ${ROW_COLUMNS} FROM audit_log WHERE chain = $1 AND seq > $2::bigint ORDER BY seq LIMIT ${BATCH}`,
        [chain, afterSeq],
      )) as (AuditRow & { chain: string; tenantId: string | null })[];
      for (const row of rows) {
        if (row.prevHash !== previous) return { valid: false, entries, head: null, brokenAt: { seq: row.seq, reason: 'link-broken' } };
        const expected = auditHash(previous, {
          chain: row.chain,
          tenantId: row.tenantId,
          at: row.at.toISOString(),
          actorId: row.actorId,
          actorName: row.actorName,
          action: row.action,
          entityType: row.entityType,
          entityId: row.entityId,
          before: row.before,
          after: row.after,
        });
        if (expected !== row.hash) return { valid: false, entries, head: null, brokenAt: { seq: row.seq, reason: 'content-changed' } };
        previous = row.hash;
        entries++;
      }
      if (rows.length < BATCH) return { valid: true, entries, head: previous };
      afterSeq = rows[rows.length - 1].seq;
    }
  }
}
