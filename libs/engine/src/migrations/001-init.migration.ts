/**
 * The engine's schema. Every key is a bigint from one sequence (handed out in blocks); times are epoch milliseconds
 * from the engine clock (bigint), so a ManualClock in tests moves them as it moves timers.
 * `root_key` is the root process instance of a call hierarchy: commands lock that row, so one hierarchy is changed by
 * one transaction at a time (the role a partition plays in Zeebe).
 */
export const migration001 = `
create sequence key_seq start with 2251799813685249 increment by 1000;

create table deployment (
  key bigint primary key,
  tenant_id text not null,
  created_at bigint not null
);

create table process_definition (
  key bigint primary key,
  bpmn_process_id text not null,
  version int not null,
  tenant_id text not null,
  resource_name text not null,
  checksum text not null,
  xml text not null,
  deployment_key bigint not null,
  created_at bigint not null,
  constraint process_definition_version_uq unique (tenant_id, bpmn_process_id, version)
);

create table decision_requirements (
  key bigint primary key,
  drg_id text not null,
  version int not null,
  tenant_id text not null,
  resource_name text not null,
  checksum text not null,
  xml text not null,
  deployment_key bigint not null,
  constraint decision_requirements_version_uq unique (tenant_id, drg_id, version)
);

create table decision (
  key bigint primary key,
  decision_id text not null,
  version int not null,
  tenant_id text not null,
  drg_key bigint not null references decision_requirements (key),
  constraint decision_version_uq unique (tenant_id, decision_id, version)
);

create table form (
  key bigint primary key,
  form_id text not null,
  version int not null,
  tenant_id text not null,
  resource_name text not null,
  checksum text not null,
  content text not null,
  deployment_key bigint not null,
  constraint form_version_uq unique (tenant_id, form_id, version)
);

create table process_instance (
  key bigint primary key,
  root_key bigint not null,
  definition_key bigint not null,
  bpmn_process_id text not null,
  version int not null,
  tenant_id text not null,
  state text not null,
  start_date bigint not null,
  end_date bigint,
  parent_process_instance_key bigint,
  parent_element_instance_key bigint,
  correlation_key text,
  incident_count int not null default 0,
  position int not null default 0
);
create index process_instance_root_idx on process_instance (root_key);
create index process_instance_msg_start_idx on process_instance (tenant_id, bpmn_process_id, correlation_key)
  where state = 'ACTIVE' and correlation_key is not null;

create table element_instance (
  key bigint primary key,
  root_key bigint not null,
  process_instance_key bigint not null,
  flow_scope_key bigint,
  element_id text not null,
  element_type text not null,
  state text not null,
  position int not null,
  start_date bigint not null,
  end_date bigint,
  incident_key bigint,
  data jsonb not null default '{}'
);
create index element_instance_active_idx on element_instance (root_key) where state = 'ACTIVE';
create index element_instance_pi_idx on element_instance (process_instance_key, position);

create table variable (
  scope_key bigint not null,
  name text not null,
  root_key bigint not null,
  process_instance_key bigint not null,
  value jsonb not null,
  updated_at bigint not null,
  primary key (scope_key, name)
);
create index variable_root_idx on variable (root_key);

create table variable_event (
  id bigserial primary key,
  scope_key bigint not null,
  process_instance_key bigint not null,
  name text not null,
  value jsonb,
  at bigint not null
);
create index variable_event_pi_idx on variable_event (process_instance_key);

create table job (
  key bigint primary key,
  type text not null,
  state text not null,
  open boolean not null default true,
  root_key bigint not null,
  process_instance_key bigint not null,
  element_instance_key bigint not null,
  element_id text not null,
  bpmn_process_id text not null,
  version int not null,
  definition_key bigint not null,
  tenant_id text not null,
  retries int not null,
  worker text,
  deadline bigint,
  available_at bigint not null,
  scope_keys bigint[] not null,
  custom_headers jsonb not null,
  error_message text,
  error_code text,
  created_at bigint not null,
  updated_at bigint not null
);
-- matches the claim query: open jobs of a type with retries whose lease or back-off has passed
create index job_claim_idx on job (type, available_at) where open and retries > 0;
create index job_pi_idx on job (process_instance_key);
create index job_ei_idx on job (element_instance_key) where open;

create table job_event (
  id bigserial primary key,
  job_key bigint not null,
  process_instance_key bigint not null,
  state text not null,
  retries int not null,
  worker text,
  error_message text,
  error_code text,
  at bigint not null
);
create index job_event_job_idx on job_event (job_key);

create table incident (
  key bigint primary key,
  root_key bigint not null,
  process_instance_key bigint not null,
  element_instance_key bigint not null,
  element_id text not null,
  job_key bigint,
  error_type text not null,
  error_message text not null,
  state text not null,
  created_at bigint not null,
  resolved_at bigint
);
create index incident_pi_idx on incident (process_instance_key);

create table timer (
  key bigint primary key,
  root_key bigint,
  process_instance_key bigint,
  element_instance_key bigint,
  definition_key bigint not null,
  element_id text not null,
  tenant_id text not null,
  due_date bigint not null,
  fired_count int not null default 0,
  spec jsonb not null
);
create index timer_due_idx on timer (due_date);
create index timer_ei_idx on timer (element_instance_key);

create table message_subscription (
  key bigint primary key,
  root_key bigint not null,
  process_instance_key bigint not null,
  element_instance_key bigint not null,
  element_id text not null,
  message_name text not null,
  correlation_key text not null,
  tenant_id text not null,
  created_at bigint not null
);
create index message_subscription_corr_idx on message_subscription (tenant_id, message_name, correlation_key);
create index message_subscription_ei_idx on message_subscription (element_instance_key);

create table message_start_subscription (
  definition_key bigint not null,
  bpmn_process_id text not null,
  tenant_id text not null,
  message_name text not null,
  element_id text not null,
  primary key (definition_key, element_id)
);
create index message_start_subscription_name_idx on message_start_subscription (tenant_id, message_name);

create table message (
  key bigint primary key,
  name text not null,
  correlation_key text not null,
  tenant_id text not null,
  message_id text,
  variables jsonb not null,
  expires_at bigint not null,
  created_at bigint not null
);
create index message_corr_idx on message (tenant_id, name, correlation_key, key);
create index message_expiry_idx on message (expires_at);
create unique index message_id_uq on message (tenant_id, name, message_id) where message_id is not null;

-- which buffered message went to which process instance (a message correlates once per process instance)
create table message_correlation (
  message_key bigint not null,
  process_instance_key bigint not null,
  bpmn_process_id text not null,
  primary key (message_key, process_instance_key)
);
create index message_correlation_bpid_idx on message_correlation (message_key, bpmn_process_id);
`;
