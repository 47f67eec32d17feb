import type { Migration } from './migration.js';

/** Idempotency, numbering, notifications + outbox, escalations. Names are unqualified: search_path is the schema. */
export const initMigration: Migration = {
  version: 1,
  name: 'init',
  sql: `
CREATE TABLE job_effect (
  job_key     text PRIMARY KEY,
  job_type    text NOT NULL,
  tenant_id   text NOT NULL,
  item_id     text NOT NULL,
  variables   jsonb,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE number_counter (
  tenant_id text NOT NULL,
  scheme    text NOT NULL,
  year      integer NOT NULL,
  last_seq  integer NOT NULL,
  CONSTRAINT number_counter_pk PRIMARY KEY (tenant_id, scheme, year)
);

CREATE TABLE number_issued (
  tenant_id text NOT NULL,
  scheme    text NOT NULL,
  year      integer NOT NULL,
  seq       integer NOT NULL,
  number    text NOT NULL,
  item_id   text NOT NULL,
  job_key   text NOT NULL REFERENCES job_effect (job_key),
  issued_at timestamptz NOT NULL,
  CONSTRAINT number_issued_pk PRIMARY KEY (tenant_id, scheme, year, seq)
);

CREATE TABLE notification (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id   text NOT NULL,
  item_id     text NOT NULL,
  person_id   text NOT NULL,
  template    text NOT NULL,
  title       text NOT NULL,
  body        text NOT NULL,
  job_key     text NOT NULL REFERENCES job_effect (job_key),
  created_at  timestamptz NOT NULL,
  read_at     timestamptz
);
CREATE INDEX notification_inbox_idx ON notification (tenant_id, person_id, created_at DESC);

CREATE TABLE outbox (
  id              bigserial PRIMARY KEY,
  tenant_id       text NOT NULL,
  notification_id uuid NOT NULL REFERENCES notification (id),
  channel         text NOT NULL CONSTRAINT outbox_channel_ck CHECK (channel IN ('email', 'sms')),
  address         text,
  subject         text NOT NULL,
  body            text NOT NULL,
  status          text NOT NULL DEFAULT 'pending'
                  CONSTRAINT outbox_status_ck CHECK (status IN ('pending', 'sent', 'failed', 'undeliverable')),
  attempts        integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  locked_until    timestamptz,
  last_error      text,
  sent_at         timestamptz,
  created_at      timestamptz NOT NULL
);
CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE status = 'pending';

CREATE TABLE escalation (
  id                   bigserial PRIMARY KEY,
  tenant_id            text NOT NULL,
  item_id              text NOT NULL,
  level                integer NOT NULL,
  roles                text[] NOT NULL,
  people               text[] NOT NULL,
  process_instance_key text NOT NULL,
  element_id           text NOT NULL,
  job_key              text NOT NULL REFERENCES job_effect (job_key),
  escalated_at         timestamptz NOT NULL
);
CREATE INDEX escalation_item_idx ON escalation (tenant_id, item_id);
`,
};
