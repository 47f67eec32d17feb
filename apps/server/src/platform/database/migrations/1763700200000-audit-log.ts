import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log: one hash chain per tenant ('platform' for tenant-less events). Rows cannot be updated or
 * deleted (trigger); the hash chain makes editing them behind the database's back detectable.
 */
export class AuditLog1763700200000 implements MigrationInterface {
  name = 'AuditLog1763700200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_log (
        seq bigint GENERATED ALWAYS AS IDENTITY,
        chain text NOT NULL,
        tenant_id uuid,
        at timestamptz NOT NULL,
        actor_id uuid,
        actor_name text NOT NULL,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text,
        before jsonb,
        after jsonb,
        prev_hash text,
        hash text NOT NULL,
        CONSTRAINT pk_audit_log PRIMARY KEY (seq),
        CONSTRAINT uq_audit_log_hash UNIQUE (hash),
        -- one successor per entry and one first entry per chain: a chain cannot fork
        CONSTRAINT uq_audit_log_chain_prev UNIQUE NULLS NOT DISTINCT (chain, prev_hash)
      )`);
    await q.query(`CREATE INDEX ix_audit_log_chain_seq ON audit_log (chain, seq)`);
    await q.query(`CREATE INDEX ix_audit_log_entity ON audit_log (tenant_id, entity_type, entity_id)`);
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER tg_audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await q.query(`
      CREATE TRIGGER tg_audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION audit_log_append_only()`);
  }
}
