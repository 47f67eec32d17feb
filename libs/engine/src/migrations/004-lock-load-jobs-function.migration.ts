/**
 * lock_load for the job commands of a shared transaction at once: locks the roots of all jobs $1 in key order (so two
 * such transactions cannot deadlock on each other) and returns one working set per job. Same snapshot rule as
 * lock_load: the reads are statements of their own after the lock.
 */
export const migration004 = `
create function lock_load_jobs(p_jobs bigint[])
returns table (job_key text, root_key text, pis json, eis json, vars json, job json)
language plpgsql set search_path from current as $$
begin
  perform 1 from process_instance p where p.key in (select j.root_key from job j where j.key = any(p_jobs)) order by p.key for update;
  return query select
    x.k::text,
    x.r::text,
    (select coalesce(json_agg(json_build_object(
        'key', p.key::text, 'root_key', p.root_key::text, 'definition_key', p.definition_key::text,
        'bpmn_process_id', p.bpmn_process_id, 'version', p.version, 'tenant_id', p.tenant_id, 'state', p.state,
        'start_date', p.start_date, 'end_date', p.end_date,
        'parent_process_instance_key', p.parent_process_instance_key::text,
        'parent_element_instance_key', p.parent_element_instance_key::text,
        'correlation_key', p.correlation_key, 'position', p.position)), '[]')
       from process_instance p where p.root_key = x.r and (p.state = 'ACTIVE' or p.key = x.r)),
    (select coalesce(json_agg(json_build_object(
        'key', e.key::text, 'root_key', e.root_key::text, 'process_instance_key', e.process_instance_key::text,
        'flow_scope_key', e.flow_scope_key::text, 'element_id', e.element_id, 'element_type', e.element_type,
        'state', e.state, 'position', e.position, 'start_date', e.start_date, 'end_date', e.end_date,
        'incident_key', e.incident_key::text, 'data', e.data) order by e.position), '[]')
       from element_instance e where e.root_key = x.r and e.state = 'ACTIVE'),
    (select coalesce(json_agg(json_build_object(
        'scope_key', v.scope_key::text, 'name', v.name, 'root_key', v.root_key::text,
        'process_instance_key', v.process_instance_key::text, 'value', v.value, 'updated_at', v.updated_at)), '[]')
       from variable v join element_instance e on e.key = v.scope_key
       where e.root_key = x.r and e.state = 'ACTIVE'),
    (select json_build_object(
        'key', j.key::text, 'type', j.type, 'state', j.state, 'open', j.open, 'root_key', j.root_key::text,
        'process_instance_key', j.process_instance_key::text, 'element_instance_key', j.element_instance_key::text,
        'element_id', j.element_id, 'bpmn_process_id', j.bpmn_process_id, 'version', j.version,
        'definition_key', j.definition_key::text, 'tenant_id', j.tenant_id, 'retries', j.retries, 'worker', j.worker,
        'deadline', j.deadline, 'available_at', j.available_at, 'scope_keys', j.scope_keys::text[],
        'custom_headers', j.custom_headers, 'error_message', j.error_message, 'error_code', j.error_code,
        'created_at', j.created_at, 'updated_at', j.updated_at)
       from job j where j.key = x.k and j.open and j.root_key = x.r)
  from (select j.key as k, j.root_key as r from job j where j.key = any(p_jobs)) x;
end
$$;
`;
