import type { Migration } from './migration.js';

/** Evaluation facts, registered inspections (overlap check), logged draws. */
export const recordsMigration: Migration = {
  version: 2,
  name: 'records',
  sql: `
CREATE TABLE evaluation_fact (
  id          bigserial PRIMARY KEY,
  tenant_id   text NOT NULL,
  unit        text NOT NULL,
  item_id     text NOT NULL,
  fact        text NOT NULL
              CONSTRAINT evaluation_fact_ck CHECK (fact IN ('on-time', 'overdue', 'send-back', 'poor-implementation')),
  occurred_at timestamptz NOT NULL,
  job_key     text NOT NULL REFERENCES job_effect (job_key)
);
CREATE INDEX evaluation_fact_period_idx ON evaluation_fact (tenant_id, occurred_at);

CREATE TABLE inspection (
  tenant_id     text NOT NULL,
  item_id       text NOT NULL,
  item_number   text,
  title         text,
  targets       text[] NOT NULL,
  period_start  date NOT NULL,
  period_end    date NOT NULL,
  registered_at timestamptz NOT NULL,
  job_key       text NOT NULL REFERENCES job_effect (job_key),
  CONSTRAINT inspection_pk PRIMARY KEY (tenant_id, item_id),
  CONSTRAINT inspection_period_ck CHECK (period_end >= period_start)
);
CREATE INDEX inspection_targets_idx ON inspection USING gin (targets);

CREATE TABLE draw_log (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq         bigserial NOT NULL,
  tenant_id   text NOT NULL,
  registry    text NOT NULL,
  seed        text NOT NULL,
  candidates  jsonb NOT NULL,
  excluded    jsonb NOT NULL,
  result      jsonb NOT NULL,
  item_id     text NOT NULL,
  job_key     text NOT NULL REFERENCES job_effect (job_key),
  drawn_at    timestamptz NOT NULL
);
CREATE INDEX draw_log_registry_idx ON draw_log (tenant_id, registry, seq DESC);
`,
};
