/**
 * Loads the working set (and, for job commands, the open job $2) of a call hierarchy whose root $1 this transaction
 * has already locked: active process instances, active element instances and the variables of active scopes.
 * Commands that still need the lock call the lock_load function (migration 003), which locks and then reads.
 */
export const loadInstanceSql = (s: string): string => `
with root as (select key from ${s}.process_instance where key = $1)
select
  (select coalesce(json_agg(json_build_object(
      'key', p.key::text, 'root_key', p.root_key::text, 'definition_key', p.definition_key::text,
      'bpmn_process_id', p.bpmn_process_id, 'version', p.version, 'tenant_id', p.tenant_id, 'state', p.state,
      'start_date', p.start_date, 'end_date', p.end_date,
      'parent_process_instance_key', p.parent_process_instance_key::text,
      'parent_element_instance_key', p.parent_element_instance_key::text,
      'correlation_key', p.correlation_key, 'position', p.position)), '[]')
     from ${s}.process_instance p where p.root_key = $1 and (p.state = 'ACTIVE' or p.key = $1)) as pis,
  (select coalesce(json_agg(json_build_object(
      'key', e.key::text, 'root_key', e.root_key::text, 'process_instance_key', e.process_instance_key::text,
      'flow_scope_key', e.flow_scope_key::text, 'element_id', e.element_id, 'element_type', e.element_type,
      'state', e.state, 'position', e.position, 'start_date', e.start_date, 'end_date', e.end_date,
      'incident_key', e.incident_key::text, 'data', e.data) order by e.position), '[]')
     from ${s}.element_instance e where e.root_key = $1 and e.state = 'ACTIVE') as eis,
  (select coalesce(json_agg(json_build_object(
      'scope_key', v.scope_key::text, 'name', v.name, 'root_key', v.root_key::text,
      'process_instance_key', v.process_instance_key::text, 'value', v.value, 'updated_at', v.updated_at)), '[]')
     from ${s}.variable v join ${s}.element_instance e on e.key = v.scope_key
     where e.root_key = $1 and e.state = 'ACTIVE') as vars,
  (select json_build_object(
      'key', j.key::text, 'type', j.type, 'state', j.state, 'open', j.open, 'root_key', j.root_key::text,
      'process_instance_key', j.process_instance_key::text, 'element_instance_key', j.element_instance_key::text,
      'element_id', j.element_id, 'bpmn_process_id', j.bpmn_process_id, 'version', j.version,
      'definition_key', j.definition_key::text, 'tenant_id', j.tenant_id, 'retries', j.retries, 'worker', j.worker,
      'deadline', j.deadline, 'available_at', j.available_at, 'scope_keys', j.scope_keys::text[],
      'custom_headers', j.custom_headers, 'error_message', j.error_message, 'error_code', j.error_code,
      'created_at', j.created_at, 'updated_at', j.updated_at)
     from ${s}.job j where j.key = $2 and j.open and j.root_key = $1) as job
from root`;

