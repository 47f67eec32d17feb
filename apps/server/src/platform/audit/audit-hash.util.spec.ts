import { describe, expect, it } from 'vitest';
import { auditHash, type AuditRecord, toJsonValue } from './audit-hash.util.js';

const record: AuditRecord = {
  chain: 't1',
  tenantId: 't1',
  at: '2026-03-01T08:00:00.000Z',
  actorId: null,
  actorName: 'system',
  action: 'unit.create',
  entityType: 'unit',
  entityId: 'u1',
  before: null,
  after: { name: '县财政局', code: 'czj' },
};

describe('auditHash', () => {
  it('does not depend on the order of keys (jsonb reorders them)', () => {
    const reordered = { ...record, after: { code: 'czj', name: '县财政局' } };
    expect(auditHash(null, reordered)).toBe(auditHash(null, record));
  });

  it('changes with any field and with the previous hash', () => {
    const base = auditHash('a'.repeat(64), record);
    expect(auditHash('b'.repeat(64), record)).not.toBe(base);
    expect(auditHash('a'.repeat(64), { ...record, after: { name: '县财政局 ', code: 'czj' } })).not.toBe(base);
    expect(auditHash('a'.repeat(64), { ...record, actorName: 'someone' })).not.toBe(base);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('toJsonValue', () => {
  it('turns dates into ISO strings and undefined into null', () => {
    expect(toJsonValue({ at: new Date('2026-01-02T03:04:05.006Z'), gone: undefined })).toEqual({ at: '2026-01-02T03:04:05.006Z' });
    expect(toJsonValue(undefined)).toBeNull();
  });
});
