import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Supervision items (督办事项): one per registration, tied to the root process instance it started. */
export class Items1763800100000 implements MigrationInterface {
  name = 'Items1763800100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE item (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        number text,
        title text NOT NULL,
        source_type text,
        category text,
        lead_unit_id uuid,
        assisting_unit_ids uuid[] NOT NULL DEFAULT '{}',
        stated_limit text,
        due_at timestamptz,
        status text NOT NULL DEFAULT 'active',
        bpmn_process_id text NOT NULL,
        process_version integer NOT NULL,
        process_instance_key text,
        variables jsonb NOT NULL DEFAULT '{}',
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        checked_at timestamptz,
        CONSTRAINT pk_item PRIMARY KEY (id),
        CONSTRAINT uq_item_tenant_id UNIQUE (tenant_id, id),
        CONSTRAINT ck_item_status CHECK (status IN ('active', 'closed', 'cancelled')),
        CONSTRAINT fk_item_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
        CONSTRAINT fk_item_lead_unit FOREIGN KEY (tenant_id, lead_unit_id) REFERENCES unit (tenant_id, id),
        CONSTRAINT fk_item_creator FOREIGN KEY (tenant_id, created_by) REFERENCES person (tenant_id, id)
      )`);
    await q.query(`CREATE INDEX ix_item_tenant_created ON item (tenant_id, created_at DESC, id)`);
    await q.query(`CREATE INDEX ix_item_creator ON item (tenant_id, created_by)`);
    await q.query(`CREATE INDEX ix_item_instance ON item (process_instance_key)`);
    await q.query(`CREATE INDEX ix_item_active_checked ON item (checked_at NULLS FIRST) WHERE status = 'active'`);
    // 延期申请: recorded here, decided in the process (a message to the item's instance).
    await q.query(`
      CREATE TABLE item_extension_request (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        item_id uuid NOT NULL,
        unit_code text,
        requested_limit text NOT NULL,
        reason text NOT NULL,
        requested_by uuid NOT NULL,
        requested_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_item_extension_request PRIMARY KEY (id),
        CONSTRAINT fk_item_extension_request_item FOREIGN KEY (tenant_id, item_id) REFERENCES item (tenant_id, id)
      )`);
    await q.query(`CREATE INDEX ix_item_extension_request_item ON item_extension_request (item_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE item_extension_request`);
    await q.query(`DROP TABLE item`);
  }
}
