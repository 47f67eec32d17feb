/**
 * Locks the root of a call hierarchy and loads its working set in one round trip (root $1, or the root of job $2;
 * the job is returned when it is open). It must be a function: a statement reads the snapshot taken when it started,
 * so a single statement that waits for the lock would read what was there before the lock holder committed; each
 * statement of a plpgsql function takes a fresh snapshot. No row: nothing to lock (unknown root or job).
 */
export const migration003 = `
create function lock_load(p_root bigint, p_job bigint)
returns table (root_key text, pis json, eis json, vars json, job json)
language plpgsql set search_path from current as $$
declare
  r bigint := p_root;
begin
  if r is null then
    select j.root_key into r from job j where j.key = p_job;
    if r is null then return; end if;
  end if;
  perform 1 from process_instance p where p.key = r for update;
  if not found then return; end if;
  return query select
    r::text,
    (select coalesce(json_agg(json_build_object(
        'key', p.key::text, 'root_key', p.root_key::text, 'definition_key', p.definition_key::text,
        'bpmn_process_id', p.bpmn_process_id, 'version', p.version, 'tenant_id', p.tenant_id, 'state', p.state,
        'start_date', p.start_date, 'end_date', p.end_date,
        'parent_process_instance_key', p.parent_process_instance_key::text,
        'parent_element_instance_key', p.parent_element_instance_key::text,
        'correlation_key', p.correlation_key, 'position', p.position)), '[]')
       from process_instance p where p.root_key = r and (p.state = 'ACTIVE' or p.key = r)),
    (select coalesce(json_agg(json_build_object(
        'key', e.key::text, 'root_key', e.root_key::text, 'process_instance_key', e.process_instance_key::text,
        'flow_scope_key', e.flow_scope_key::text, 'element_id', e.element_id, 'element_type', e.element_type,
        'state', e.state, 'position', e.position, 'start_date', e.start_date, 'end_date', e.end_date,
        'incident_key', e.incident_key::text, 'data', e.data) order by e.position), '[]')
       from element_instance e where e.root_key = r and e.state = 'ACTIVE'),
    (select coalesce(json_agg(json_build_object(
        'scope_key', v.scope_key::text, 'name', v.name, 'root_key', v.root_key::text,
        'process_instance_key', v.process_instance_key::text, 'value', v.value, 'updated_at', v.updated_at)), '[]')
       from variable v join element_instance e on e.key = v.scope_key
       where e.root_key = r and e.state = 'ACTIVE'),
    (select json_build_object(
        'key', j.key::text, 'type', j.type, 'state', j.state, 'open', j.open, 'root_key', j.root_key::text,
        'process_instance_key', j.process_instance_key::text, 'element_instance_key', j.element_instance_key::text,
        'element_id', j.element_id, 'bpmn_process_id', j.bpmn_process_id, 'version', j.version,
        'definition_key', j.definition_key::text, 'tenant_id', j.tenant_id, 'retries', j.retries, 'worker', j.worker,
        'deadline', j.deadline, 'available_at', j.available_at, 'scope_keys', j.scope_keys::text[],
        'custom_headers', j.custom_headers, 'error_message', j.error_message, 'error_code', j.error_code,
        'created_at', j.created_at, 'updated_at', j.updated_at)
       from job j where j.key = p_job and j.open and j.root_key = r);
end
$$;
`;
