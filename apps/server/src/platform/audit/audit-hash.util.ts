import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';

/** The hashed content of an audit entry: everything but its sequence number and its own hash. */
export interface AuditRecord {
  chain: string;
  tenantId: string | null;
  /** ISO-8601 with milliseconds, as stored. */
  at: string;
  actorId: string | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

/** JSON as it will come back from jsonb: dates as ISO strings, undefined dropped, absent → null. */
export function toJsonValue(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value) ?? 'null');
}

/** sha256(previous hash ‖ canonical JSON with sorted keys), hex. The first entry of a chain has no previous hash. */
export function auditHash(previousHash: string | null, record: AuditRecord): string {
  return createHash('sha256')
    .update(`${previousHash ?? ''}\n${stringify(record)}`)
    .digest('hex');
}
