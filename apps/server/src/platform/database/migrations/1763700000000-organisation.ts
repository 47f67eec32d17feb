import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tenants (a county each), their units, roles, people and role assignments. */
export class Organisation1763700000000 implements MigrationInterface {
  name = 'Organisation1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tenant (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        code text NOT NULL,
        name text NOT NULL,
        full_name text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_tenant PRIMARY KEY (id),
        CONSTRAINT uq_tenant_code UNIQUE (code),
        CONSTRAINT ck_tenant_code CHECK (code ~ '^[a-z][a-z0-9-]{0,39}$')
      )`);
    await q.query(`
      CREATE TABLE unit (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        code text NOT NULL,
        name text NOT NULL,
        kind text NOT NULL DEFAULT 'handling',
        parent_id uuid,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_unit PRIMARY KEY (id),
        CONSTRAINT uq_unit_tenant_id UNIQUE (tenant_id, id),
        CONSTRAINT uq_unit_tenant_code UNIQUE (tenant_id, code),
        CONSTRAINT fk_unit_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
        CONSTRAINT fk_unit_parent FOREIGN KEY (tenant_id, parent_id) REFERENCES unit (tenant_id, id)
      )`);
    await q.query(`
      CREATE TABLE role (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        code text NOT NULL,
        name text NOT NULL,
        scope text NOT NULL DEFAULT 'tenant',
        permissions text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_role PRIMARY KEY (id),
        CONSTRAINT uq_role_tenant_id UNIQUE (tenant_id, id),
        CONSTRAINT uq_role_tenant_code UNIQUE (tenant_id, code),
        CONSTRAINT ck_role_scope CHECK (scope IN ('tenant', 'unit')),
        CONSTRAINT fk_role_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
      )`);
    await q.query(`
      CREATE TABLE person (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        code text NOT NULL,
        name text NOT NULL,
        unit_id uuid,
        email text,
        mobile text,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_person PRIMARY KEY (id),
        CONSTRAINT uq_person_tenant_id UNIQUE (tenant_id, id),
        CONSTRAINT uq_person_tenant_code UNIQUE (tenant_id, code),
        CONSTRAINT fk_person_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
        CONSTRAINT fk_person_unit FOREIGN KEY (tenant_id, unit_id) REFERENCES unit (tenant_id, id)
      )`);
    await q.query(`CREATE INDEX ix_person_tenant_unit ON person (tenant_id, unit_id)`);
    // A role held by a person, optionally for one unit (e.g. the deputy leader in charge of a bureau).
    await q.query(`
      CREATE TABLE person_role (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        person_id uuid NOT NULL,
        role_id uuid NOT NULL,
        unit_id uuid,
        CONSTRAINT pk_person_role PRIMARY KEY (id),
        CONSTRAINT uq_person_role UNIQUE NULLS NOT DISTINCT (person_id, role_id, unit_id),
        CONSTRAINT fk_person_role_person FOREIGN KEY (tenant_id, person_id) REFERENCES person (tenant_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_person_role_role FOREIGN KEY (tenant_id, role_id) REFERENCES role (tenant_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_person_role_unit FOREIGN KEY (tenant_id, unit_id) REFERENCES unit (tenant_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_person_role_person ON person_role (person_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE person_role`);
    await q.query(`DROP TABLE person`);
    await q.query(`DROP TABLE role`);
    await q.query(`DROP TABLE unit`);
    await q.query(`DROP TABLE tenant`);
  }
}
