import type { Migration } from './migration.js';

/**
 * Documents (generated or filed) and archives. Content never changes once written; archiving only sets
 * archive_id / archived_at, after which the row is read-only. Archives themselves are append-only.
 */
export const documentsMigration: Migration = {
  version: 3,
  name: 'documents',
  sql: `
CREATE TABLE archive (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id       text NOT NULL,
  item_id         text NOT NULL,
  -- The exact JSON text that manifest_sha256 hashes (jsonb would reorder keys).
  manifest        text NOT NULL,
  manifest_sha256 text NOT NULL,
  archived_at     timestamptz NOT NULL,
  job_key         text NOT NULL REFERENCES job_effect (job_key),
  CONSTRAINT archive_item_uq UNIQUE (tenant_id, item_id)
);

CREATE TABLE document (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id   text NOT NULL,
  item_id     text NOT NULL,
  template    text,
  name        text NOT NULL,
  media_type  text NOT NULL,
  content     bytea NOT NULL,
  sha256      text NOT NULL CONSTRAINT document_sha256_ck CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size        integer NOT NULL,
  created_at  timestamptz NOT NULL,
  job_key     text REFERENCES job_effect (job_key),
  archive_id  uuid REFERENCES archive (id),
  archived_at timestamptz
);
CREATE INDEX document_item_idx ON document (tenant_id, item_id);

CREATE FUNCTION document_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.archived_at IS NOT NULL THEN
    RAISE EXCEPTION 'document % is archived and read-only', OLD.id USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'UPDATE' AND (NEW.content IS DISTINCT FROM OLD.content OR NEW.sha256 IS DISTINCT FROM OLD.sha256
      OR NEW.tenant_id IS DISTINCT FROM OLD.tenant_id OR NEW.item_id IS DISTINCT FROM OLD.item_id) THEN
    RAISE EXCEPTION 'document % content is immutable', OLD.id USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER document_guard_tg BEFORE UPDATE OR DELETE ON document FOR EACH ROW EXECUTE FUNCTION document_guard();

CREATE FUNCTION append_only_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER archive_append_only_tg BEFORE UPDATE OR DELETE ON archive FOR EACH ROW EXECUTE FUNCTION append_only_guard();

CREATE TABLE archive_material (
  archive_id      uuid NOT NULL REFERENCES archive (id),
  position        integer NOT NULL,
  document_id     uuid NOT NULL REFERENCES document (id),
  name            text NOT NULL,
  sha256          text NOT NULL,
  size            integer NOT NULL,
  source_variable text,
  CONSTRAINT archive_material_pk PRIMARY KEY (archive_id, position)
);
CREATE TRIGGER archive_material_append_only_tg BEFORE UPDATE OR DELETE ON archive_material
  FOR EACH ROW EXECUTE FUNCTION append_only_guard();
`,
};
