import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The inbox: one row per user-task job (id = job key), projected from the engine; its audience (who sees an
 * open task in "my tasks": the assignee, or the candidate groups and users while unassigned), kept by a trigger
 * so every path that changes a task keeps it right; comments, attachments and saved filters.
 */
export class Inbox1763800200000 implements MigrationInterface {
  name = 'Inbox1763800200000';

  async up(q: QueryRunner): Promise<void> {
    // Extensions are per database: one lock across schemas, installed into public so no test schema owns it.
    await q.query(`SELECT pg_advisory_xact_lock(hashtext('duban-create-extension-pg_trgm'))`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gin WITH SCHEMA public`);
    await q.query(`
      CREATE TABLE inbox_task (
        id bigint NOT NULL,
        tenant_id uuid NOT NULL,
        item_id uuid,
        process_instance_key bigint NOT NULL,
        element_instance_key bigint NOT NULL,
        bpmn_process_id text NOT NULL,
        process_version integer NOT NULL,
        process_definition_key text NOT NULL,
        element_id text NOT NULL,
        name text NOT NULL,
        assignee text,
        owner text,
        candidate_groups text[] NOT NULL DEFAULT '{}',
        candidate_users text[] NOT NULL DEFAULT '{}',
        due_at timestamptz,
        due_sort timestamptz GENERATED ALWAYS AS (COALESCE(due_at, 'infinity'::timestamptz)) STORED,
        follow_up_at timestamptz,
        form_key text,
        priority integer NOT NULL DEFAULT 50,
        title text,
        item_number text,
        unit_code text,
        unit_id uuid,
        search text GENERATED ALWAYS AS (COALESCE(item_number, '') || ' ' || COALESCE(title, '') || ' ' || name) STORED,
        variables jsonb NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'open',
        created_at timestamptz NOT NULL DEFAULT now(),
        seen_at timestamptz NOT NULL DEFAULT now(),
        lease_until timestamptz,
        checked_at timestamptz,
        completed_at timestamptz,
        completed_by uuid,
        CONSTRAINT pk_inbox_task PRIMARY KEY (id),
        CONSTRAINT uq_inbox_task_tenant_id UNIQUE (tenant_id, id),
        CONSTRAINT ck_inbox_task_status CHECK (status IN ('open', 'completed', 'gone')),
        CONSTRAINT fk_inbox_task_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
      )`);
    // Open tasks are few next to closed ones: partial indexes keep the inbox queries on them.
    await q.query(`CREATE INDEX ix_inbox_task_open_due ON inbox_task (tenant_id, due_sort, id) WHERE status = 'open'`);
    await q.query(`CREATE INDEX ix_inbox_task_open_created ON inbox_task (tenant_id, created_at DESC, id) WHERE status = 'open'`);
    await q.query(`CREATE INDEX ix_inbox_task_open_checked ON inbox_task (checked_at NULLS FIRST) WHERE status = 'open'`);
    // Trigrams for "text in title or number", with the tenant in the same GIN index (btree_gin) so that a common
    // word is intersected with the tenant's rows before any heap page is read.
    await q.query(`CREATE INDEX ix_inbox_task_open_search ON inbox_task USING gin (tenant_id public.uuid_ops, search public.gin_trgm_ops) WHERE status = 'open'`);
    await q.query(`CREATE INDEX ix_inbox_task_item ON inbox_task (item_id)`);
    await q.query(`CREATE INDEX ix_inbox_task_instance ON inbox_task (process_instance_key)`);
    await q.query(`CREATE INDEX ix_inbox_task_done ON inbox_task (tenant_id, completed_by, completed_at DESC) WHERE status = 'completed'`);
    await q.query(`
      CREATE TABLE inbox_audience (
        task_id bigint NOT NULL,
        tenant_id uuid NOT NULL,
        who text NOT NULL,
        due_sort timestamptz NOT NULL,
        CONSTRAINT pk_inbox_audience PRIMARY KEY (task_id, who),
        CONSTRAINT fk_inbox_audience_task FOREIGN KEY (task_id) REFERENCES inbox_task (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_inbox_audience_who ON inbox_audience (tenant_id, who, due_sort, task_id)`);
    // who: 'a:<person code>' for the assignee and the owner of a delegated task; 'g:<group>' and 'u:<person code>' for candidates while unassigned.
    await q.query(`
      CREATE FUNCTION inbox_task_audience() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM inbox_audience WHERE task_id = NEW.id;
        IF NEW.status = 'open' THEN
          INSERT INTO inbox_audience (task_id, tenant_id, who, due_sort)
          SELECT NEW.id, NEW.tenant_id, w, NEW.due_sort FROM (
            SELECT 'a:' || NEW.assignee AS w WHERE NEW.assignee IS NOT NULL
            UNION SELECT 'a:' || NEW.owner WHERE NEW.owner IS NOT NULL
            UNION SELECT 'g:' || g FROM unnest(NEW.candidate_groups) g WHERE NEW.assignee IS NULL
            UNION SELECT 'u:' || u FROM unnest(NEW.candidate_users) u WHERE NEW.assignee IS NULL
          ) audience;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER tg_inbox_task_audience AFTER INSERT OR UPDATE OF assignee, owner, candidate_groups, candidate_users, due_at, status
      ON inbox_task FOR EACH ROW EXECUTE FUNCTION inbox_task_audience()`);
    await q.query(`
      CREATE TABLE inbox_comment (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        task_id bigint NOT NULL,
        item_id uuid,
        author_id uuid NOT NULL,
        author_name text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_inbox_comment PRIMARY KEY (id),
        CONSTRAINT fk_inbox_comment_task FOREIGN KEY (tenant_id, task_id) REFERENCES inbox_task (tenant_id, id)
      )`);
    await q.query(`CREATE INDEX ix_inbox_comment_task ON inbox_comment (task_id, created_at)`);
    await q.query(`
      CREATE TABLE inbox_attachment (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        task_id bigint NOT NULL,
        item_id uuid,
        name text NOT NULL,
        media_type text NOT NULL,
        size integer NOT NULL,
        sha256 text NOT NULL,
        content bytea NOT NULL,
        uploaded_by uuid NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_inbox_attachment PRIMARY KEY (id),
        CONSTRAINT fk_inbox_attachment_task FOREIGN KEY (tenant_id, task_id) REFERENCES inbox_task (tenant_id, id)
      )`);
    await q.query(`CREATE INDEX ix_inbox_attachment_task ON inbox_attachment (task_id, uploaded_at)`);
    await q.query(`
      CREATE TABLE inbox_saved_filter (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        owner_id uuid NOT NULL,
        name text NOT NULL,
        criteria jsonb NOT NULL,
        shared_with_role text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_inbox_saved_filter PRIMARY KEY (id),
        CONSTRAINT uq_inbox_saved_filter_name UNIQUE (tenant_id, owner_id, name),
        CONSTRAINT fk_inbox_saved_filter_owner FOREIGN KEY (tenant_id, owner_id) REFERENCES person (tenant_id, id) ON DELETE CASCADE
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE inbox_saved_filter`);
    await q.query(`DROP TABLE inbox_attachment`);
    await q.query(`DROP TABLE inbox_comment`);
    await q.query(`DROP TABLE inbox_audience`);
    await q.query(`DROP TABLE inbox_task`);
    await q.query(`DROP FUNCTION inbox_task_audience()`);
  }
}
