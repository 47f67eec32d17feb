import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What was deployed to the engine per tenant: every version of every BPMN, DMN and form with its content, so that
 * administrators see versions and the deployed XML, and tasks find their form schema and element names.
 */
export class ProcessAdmin1763800000000 implements MigrationInterface {
  name = 'ProcessAdmin1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE process_deployment (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        deployment_key text NOT NULL,
        source text NOT NULL,
        deployed_by uuid,
        deployed_at timestamptz NOT NULL DEFAULT now(),
        summary jsonb NOT NULL,
        CONSTRAINT pk_process_deployment PRIMARY KEY (id),
        CONSTRAINT uq_process_deployment_tenant_id UNIQUE (tenant_id, id),
        CONSTRAINT ck_process_deployment_source CHECK (source IN ('start', 'api')),
        CONSTRAINT fk_process_deployment_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
      )`);
    await q.query(`CREATE INDEX ix_process_deployment_tenant ON process_deployment (tenant_id, deployed_at DESC)`);
    await q.query(`
      CREATE TABLE process_resource (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        deployment_id uuid NOT NULL,
        kind text NOT NULL,
        resource_id text NOT NULL,
        version integer NOT NULL,
        engine_key text NOT NULL,
        resource_name text NOT NULL,
        name text,
        content text NOT NULL,
        elements jsonb,
        deployed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_process_resource PRIMARY KEY (id),
        CONSTRAINT uq_process_resource_version UNIQUE (tenant_id, kind, resource_id, version),
        CONSTRAINT ck_process_resource_kind CHECK (kind IN ('bpmn', 'dmn', 'form')),
        CONSTRAINT fk_process_resource_deployment FOREIGN KEY (tenant_id, deployment_id) REFERENCES process_deployment (tenant_id, id)
      )`);
    await q.query(`CREATE INDEX ix_process_resource_engine_key ON process_resource (tenant_id, engine_key)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE process_resource`);
    await q.query(`DROP TABLE process_deployment`);
  }
}
