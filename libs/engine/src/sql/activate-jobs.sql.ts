/**
 * Claims up to $3 activatable jobs of a type in one statement: open, with retries, lease/back-off passed
 * (job_claim_idx), skipping rows other activators hold; sets the lease and returns each job with its variables
 * merged along the scope chain (deeper scopes win). An expired lease is simply a passed available_at: no retry used.
 */
export const activateJobsSql = (s: string): string => `
with claimable as (
  select key, state as previous_state from ${s}.job
  where type = $1 and open and retries > 0 and available_at <= $4
    and ($6::text[] is null or tenant_id = any($6::text[]))
  order by available_at, key
  limit $3
  for update skip locked
),
claimed as (
  update ${s}.job j
  set state = 'ACTIVATED', worker = $2, deadline = $4 + $5, available_at = $4 + $5, updated_at = $4
  from claimable c where j.key = c.key
  returning j.key, j.type, j.process_instance_key, j.element_instance_key, j.element_id, j.bpmn_process_id, j.version,
    j.definition_key, j.tenant_id, j.retries, j.worker, j.deadline, j.scope_keys, j.custom_headers
),
events as (
  insert into ${s}.job_event (job_key, process_instance_key, state, retries, worker, at)
  select c.key, c.process_instance_key, 'TIMED_OUT', c.retries, null, $4
  from claimed c join claimable p on p.key = c.key where p.previous_state = 'ACTIVATED'
  union all
  select key, process_instance_key, 'ACTIVATED', retries, worker, $4 from claimed
)
select c.key::text, c.type, c.process_instance_key::text, c.element_instance_key::text, c.element_id, c.bpmn_process_id,
  c.version, c.definition_key::text, c.tenant_id, c.retries, c.worker, c.deadline::float8 as deadline, c.custom_headers,
  coalesce((
    select jsonb_object_agg(v.name, v.value order by array_position(c.scope_keys, v.scope_key))
    from ${s}.variable v
    where v.scope_key = any(c.scope_keys) and ($7::text[] is null or v.name = any($7::text[]))
  ), '{}'::jsonb) as variables
from claimed c`;
