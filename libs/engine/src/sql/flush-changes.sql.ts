/**
 * Writes everything one command changed in one statement (data-modifying CTEs). Rows created by this command never
 * meet the deletes/updates below (those only see the statement's snapshot); the executor settles those in memory.
 * $8 ended element instances: their open jobs are cancelled (except jobs updated explicitly in $7), their timers and
 * subscriptions deleted and incidents resolved. $16 element instances whose event triggers closed while they live on.
 * Every predicate is a single `= any(array)` on an indexed column, so the generic plan stays an index scan however
 * large the tables grow.
 */
export const flushChangesSql = (s: string): string => `
with
pi_upsert as (
  insert into ${s}.process_instance (key, root_key, definition_key, bpmn_process_id, version, tenant_id, state,
    start_date, end_date, parent_process_instance_key, parent_element_instance_key, correlation_key, position)
  select key, root_key, definition_key, bpmn_process_id, version, tenant_id, state, start_date, end_date,
    parent_process_instance_key, parent_element_instance_key, correlation_key, position
  from jsonb_to_recordset($1::jsonb) as x(key bigint, root_key bigint, definition_key bigint, bpmn_process_id text,
    version int, tenant_id text, state text, start_date bigint, end_date bigint, parent_process_instance_key bigint,
    parent_element_instance_key bigint, correlation_key text, position int)
  on conflict (key) do update set state = excluded.state, end_date = excluded.end_date, position = excluded.position
),
ei_upsert as (
  insert into ${s}.element_instance (key, root_key, process_instance_key, flow_scope_key, element_id, element_type,
    state, position, start_date, end_date, incident_key, data)
  select key, root_key, process_instance_key, flow_scope_key, element_id, element_type, state, position, start_date,
    end_date, incident_key, coalesce(data, '{}')
  from jsonb_to_recordset($2::jsonb) as x(key bigint, root_key bigint, process_instance_key bigint,
    flow_scope_key bigint, element_id text, element_type text, state text, position int, start_date bigint,
    end_date bigint, incident_key bigint, data jsonb)
  on conflict (key) do update set state = excluded.state, end_date = excluded.end_date,
    incident_key = excluded.incident_key, data = excluded.data
),
var_upsert as (
  insert into ${s}.variable (scope_key, name, root_key, process_instance_key, value, updated_at)
  select scope_key, name, root_key, process_instance_key, coalesce(value, 'null'::jsonb), updated_at
  from jsonb_to_recordset($3::jsonb) as x(scope_key bigint, name text, root_key bigint, process_instance_key bigint,
    value jsonb, updated_at bigint)
  on conflict (scope_key, name) do update set value = excluded.value, updated_at = excluded.updated_at
),
var_events as (
  insert into ${s}.variable_event (scope_key, process_instance_key, name, value, at)
  select scope_key, process_instance_key, name, coalesce(value, 'null'::jsonb), updated_at
  from jsonb_to_recordset($3::jsonb) as x(scope_key bigint, name text, process_instance_key bigint, value jsonb,
    updated_at bigint)
),
job_insert as (
  insert into ${s}.job (key, type, state, open, root_key, process_instance_key, element_instance_key, element_id,
    bpmn_process_id, version, definition_key, tenant_id, retries, worker, deadline, available_at, scope_keys,
    custom_headers, error_message, error_code, created_at, updated_at)
  select key, type, state, open, root_key, process_instance_key, element_instance_key, element_id, bpmn_process_id,
    version, definition_key, tenant_id, retries, worker, deadline, available_at, scope_keys, custom_headers,
    error_message, error_code, created_at, updated_at
  from jsonb_to_recordset($4::jsonb) as x(key bigint, type text, state text, open boolean, root_key bigint,
    process_instance_key bigint, element_instance_key bigint, element_id text, bpmn_process_id text, version int,
    definition_key bigint, tenant_id text, retries int, worker text, deadline bigint, available_at bigint,
    scope_keys bigint[], custom_headers jsonb, error_message text, error_code text, created_at bigint,
    updated_at bigint)
),
job_update as (
  update ${s}.job j set state = x.state, open = x.open, retries = x.retries, worker = x.worker,
    deadline = x.deadline, available_at = x.available_at, error_message = x.error_message,
    error_code = x.error_code, updated_at = x.updated_at
  from jsonb_to_recordset($5::jsonb) as x(key bigint, state text, open boolean, retries int, worker text,
    deadline bigint, available_at bigint, error_message text, error_code text, updated_at bigint)
  where j.key = x.key and j.key = any($18::bigint[])
),
job_cancel as (
  update ${s}.job set state = 'CANCELED', open = false, updated_at = $9
  where element_instance_key = any($8::bigint[]) and open
    and not (key = any($18::bigint[]))
  returning key, process_instance_key, retries
),
job_events as (
  insert into ${s}.job_event (job_key, process_instance_key, state, retries, worker, error_message, error_code, at)
  select job_key, process_instance_key, state, retries, worker, error_message, error_code, at
  from jsonb_to_recordset($6::jsonb) as x(job_key bigint, process_instance_key bigint, state text, retries int,
    worker text, error_message text, error_code text, at bigint)
  union all
  select key, process_instance_key, 'CANCELED', retries, null, null, null, $9 from job_cancel
),
timer_insert as (
  insert into ${s}.timer (key, root_key, process_instance_key, element_instance_key, definition_key, element_id,
    tenant_id, due_date, fired_count, spec)
  select key, root_key, process_instance_key, element_instance_key, definition_key, element_id, tenant_id, due_date,
    fired_count, spec
  from jsonb_to_recordset($10::jsonb) as x(key bigint, root_key bigint, process_instance_key bigint,
    element_instance_key bigint, definition_key bigint, element_id text, tenant_id text, due_date bigint,
    fired_count int, spec jsonb)
),
timer_delete_ended as (delete from ${s}.timer where element_instance_key = any($8::bigint[])),
timer_delete_closed as (delete from ${s}.timer where element_instance_key = any($16::bigint[])),
timer_delete_keys as (delete from ${s}.timer where key = any($15::bigint[])),
timer_delete_events as (
  delete from ${s}.timer t using jsonb_to_recordset($19::jsonb) as x(element_instance_key bigint, element_id text)
  where t.element_instance_key = x.element_instance_key and t.element_id = x.element_id
),
sub_insert as (
  insert into ${s}.message_subscription (key, root_key, process_instance_key, element_instance_key, element_id,
    message_name, correlation_key, tenant_id, created_at)
  select key, root_key, process_instance_key, element_instance_key, element_id, message_name, correlation_key,
    tenant_id, created_at
  from jsonb_to_recordset($11::jsonb) as x(key bigint, root_key bigint, process_instance_key bigint,
    element_instance_key bigint, element_id text, message_name text, correlation_key text, tenant_id text,
    created_at bigint)
),
sub_delete_ended as (delete from ${s}.message_subscription where element_instance_key = any($8::bigint[])),
sub_delete_closed as (delete from ${s}.message_subscription where element_instance_key = any($16::bigint[])),
sub_delete_keys as (delete from ${s}.message_subscription where key = any($12::bigint[])),
sub_delete_events as (
  delete from ${s}.message_subscription m using jsonb_to_recordset($19::jsonb) as x(element_instance_key bigint, element_id text)
  where m.element_instance_key = x.element_instance_key and m.element_id = x.element_id
),
incident_insert as (
  insert into ${s}.incident (key, root_key, process_instance_key, element_instance_key, element_id, job_key,
    error_type, error_message, state, created_at, resolved_at)
  select key, root_key, process_instance_key, element_instance_key, element_id, job_key, error_type, error_message,
    state, created_at, resolved_at
  from jsonb_to_recordset($13::jsonb) as x(key bigint, root_key bigint, process_instance_key bigint,
    element_instance_key bigint, element_id text, job_key bigint, error_type text, error_message text, state text,
    created_at bigint, resolved_at bigint)
),
incident_resolve_keys as (
  update ${s}.incident set state = 'RESOLVED', resolved_at = $9 where state = 'ACTIVE' and key = any($14::bigint[])
),
incident_resolve_ended as (
  update ${s}.incident set state = 'RESOLVED', resolved_at = $9
  where state = 'ACTIVE' and element_instance_key = any($8::bigint[]) and not (key = any($14::bigint[]))
),
correlation_insert as (
  insert into ${s}.message_correlation (message_key, process_instance_key, bpmn_process_id)
  select message_key, process_instance_key, bpmn_process_id
  from jsonb_to_recordset($7::jsonb) as x(message_key bigint, process_instance_key bigint, bpmn_process_id text)
  on conflict do nothing
)
select (select count(*) from (select pg_notify('${s.replace(/"/g, '')}_jobs', t) from unnest($17::text[]) t) n) as notified`;
