import type {
  ElementInstanceRow,
  IncidentRow,
  JobEventRow,
  JobRow,
  ProcessInstanceRow,
  SubscriptionRow,
  TimerRow,
  VariableRow,
} from '../runtime/runtime-types.js';

/** What one or more commands changed, ready to be written by one statement. */
export interface FlushChanges {
  now: number;
  processInstances: ProcessInstanceRow[];
  elements: ElementInstanceRow[];
  variables: VariableRow[];
  newJobs: JobRow[];
  jobUpdates: JobRow[];
  jobEvents: JobEventRow[];
  /** Ended element instances that may hold an open job: it is cancelled (unless it is among jobUpdates). */
  cancelJobsOf: string[];
  /** Element instances whose timers and subscriptions all close (ended, or their event scope closed). */
  closeTriggersOf: string[];
  /** Triggers of particular catch events closed while their owner lives on. */
  closedEventTriggers: { element_instance_key: string; element_id: string }[];
  /** Ended element instances with an incident: it is resolved. */
  resolveIncidentsOf: string[];
  newTimers: TimerRow[];
  deletedTimers: string[];
  newSubscriptions: SubscriptionRow[];
  deletedSubscriptions: string[];
  newIncidents: IncidentRow[];
  resolvedIncidents: string[];
  correlations: { message_key: string; process_instance_key: string; bpmn_process_id: string }[];
  notifyTypes: string[];
}

const PI = `key bigint, root_key bigint, definition_key bigint, bpmn_process_id text, version int, tenant_id text, state text,
    start_date bigint, end_date bigint, parent_process_instance_key bigint, parent_element_instance_key bigint, correlation_key text,
    position int`;
const EI = `key bigint, root_key bigint, process_instance_key bigint, flow_scope_key bigint, element_id text, element_type text,
    state text, position int, start_date bigint, end_date bigint, incident_key bigint, data jsonb`;
const VAR = 'scope_key bigint, name text, root_key bigint, process_instance_key bigint, value jsonb, updated_at bigint';
const JOB = `key bigint, type text, state text, open boolean, root_key bigint, process_instance_key bigint,
    element_instance_key bigint, element_id text, bpmn_process_id text, version int, definition_key bigint, tenant_id text,
    retries int, worker text, deadline bigint, available_at bigint, scope_keys bigint[], custom_headers jsonb,
    error_message text, error_code text, created_at bigint, updated_at bigint`;
const JOB_UPDATE = `key bigint, state text, open boolean, retries int, worker text, deadline bigint, available_at bigint,
    error_message text, error_code text, updated_at bigint`;
const JOB_EVENT = 'job_key bigint, process_instance_key bigint, state text, retries int, worker text, error_message text, error_code text, at bigint';
const TIMER = `key bigint, root_key bigint, process_instance_key bigint, element_instance_key bigint, definition_key bigint,
    element_id text, tenant_id text, due_date bigint, fired_count int, spec jsonb`;
const SUB = `key bigint, root_key bigint, process_instance_key bigint, element_instance_key bigint, element_id text,
    message_name text, correlation_key text, tenant_id text, created_at bigint`;
const INCIDENT = `key bigint, root_key bigint, process_instance_key bigint, element_instance_key bigint, element_id text,
    job_key bigint, error_type text, error_message text, state text, created_at bigint, resolved_at bigint`;
const columnCache = new Map<string, string>();
const columns = (spec: string): string => {
  let list = columnCache.get(spec);
  if (list === undefined) {
    list = spec.split(',').map((column) => column.trim().split(' ')[0]).join(', ');
    columnCache.set(spec, list);
  }
  return list;
};

/**
 * Writes everything in one statement of data-modifying CTEs, only the parts that have something to do: a command
 * that creates no timer does not touch the timer table, so the statement opens the few tables it writes (each shape
 * is a prepared statement of its own, named by the parts it has). Rows created by these commands never meet the
 * deletes/updates (those see the statement's snapshot); the executor settles them in memory. Every predicate is a
 * single `= any(array)` on an indexed column.
 */
export function buildFlush(s: string, c: FlushChanges): { name: string; text: string; values: unknown[] } | undefined {
  const values: unknown[] = [];
  const param = (value: unknown, type: string): string => {
    values.push(value);
    return `$${values.length}::${type}`;
  };
  const rows = (value: unknown[]): string => param(JSON.stringify(value), 'jsonb');
  const parts: string[] = [];
  let shape = 0;
  const part = (bit: number, name: string, sql: string): void => {
    shape |= 1 << bit;
    parts.push(`${name} as (${sql})`);
  };
  const upsert = (table: string, spec: string, key: string, data: unknown[], update: string): string =>
    `insert into ${s}.${table} (${columns(spec)}) select ${columns(spec)} from jsonb_to_recordset(${rows(data)}) as x(${spec})
     on conflict (${key}) do update set ${update}`;

  if (c.processInstances.length) {
    part(0, 'pi_upsert', upsert('process_instance', PI, 'key', c.processInstances, 'state = excluded.state, end_date = excluded.end_date, position = excluded.position'));
  }
  if (c.elements.length) {
    const elements = c.elements.map((ei) => ({ ...ei, data: ei.data ?? {} }));
    part(1, 'ei_upsert', upsert('element_instance', EI, 'key', elements, 'state = excluded.state, end_date = excluded.end_date, incident_key = excluded.incident_key, data = excluded.data'));
  }
  if (c.variables.length) {
    const data = rows(c.variables.map((v) => ({ ...v, value: v.value ?? null })));
    part(2, 'var_upsert', `insert into ${s}.variable (${columns(VAR)}) select scope_key, name, root_key, process_instance_key, coalesce(value, 'null'::jsonb), updated_at
      from jsonb_to_recordset(${data}) as x(${VAR}) on conflict (scope_key, name) do update set value = excluded.value, updated_at = excluded.updated_at`);
    part(3, 'var_events', `insert into ${s}.variable_event (scope_key, process_instance_key, name, value, at)
      select scope_key, process_instance_key, name, coalesce(value, 'null'::jsonb), updated_at from jsonb_to_recordset(${data}) as x(${VAR})`);
  }
  if (c.newJobs.length) part(4, 'job_insert', `insert into ${s}.job (${columns(JOB)}) select ${columns(JOB)} from jsonb_to_recordset(${rows(c.newJobs)}) as x(${JOB})`);
  const updated = c.jobUpdates.map((job) => job.key);
  if (c.jobUpdates.length) {
    part(5, 'job_update', `update ${s}.job j set ${columns(JOB_UPDATE).split(', ').slice(1).map((col) => `${col} = x.${col}`).join(', ')}
      from jsonb_to_recordset(${rows(c.jobUpdates)}) as x(${JOB_UPDATE}) where j.key = x.key and j.key = any(${param(updated, 'bigint[]')})`);
  }
  const cancel = c.cancelJobsOf.length > 0;
  if (cancel) {
    part(6, 'job_cancel', `update ${s}.job set state = 'CANCELED', open = false, updated_at = ${param(c.now, 'bigint')}
      where element_instance_key = any(${param(c.cancelJobsOf, 'bigint[]')}) and open and not (key = any(${param(updated, 'bigint[]')}))
      returning key, process_instance_key, retries`);
  }
  if (c.jobEvents.length || cancel) {
    const selects = [];
    if (c.jobEvents.length) selects.push(`select ${columns(JOB_EVENT)} from jsonb_to_recordset(${rows(c.jobEvents)}) as x(${JOB_EVENT})`);
    if (cancel) selects.push(`select key, process_instance_key, 'CANCELED', retries, null, null, null, ${param(c.now, 'bigint')} from job_cancel`);
    part(7, 'job_events', `insert into ${s}.job_event (${columns(JOB_EVENT)}) ${selects.join(' union all ')}`);
  }
  if (c.newTimers.length) part(8, 'timer_insert', `insert into ${s}.timer (${columns(TIMER)}) select ${columns(TIMER)} from jsonb_to_recordset(${rows(c.newTimers)}) as x(${TIMER})`);
  if (c.newSubscriptions.length) part(9, 'sub_insert', `insert into ${s}.message_subscription (${columns(SUB)}) select ${columns(SUB)} from jsonb_to_recordset(${rows(c.newSubscriptions)}) as x(${SUB})`);
  for (const [bit, table, alias] of [[10, 'timer', 'timer'], [11, 'message_subscription', 'sub']] as const) {
    if (c.closeTriggersOf.length) part(bit, `${alias}_delete_owned`, `delete from ${s}.${table} where element_instance_key = any(${param(c.closeTriggersOf, 'bigint[]')})`);
    const keys = table === 'timer' ? c.deletedTimers : c.deletedSubscriptions;
    if (keys.length) part(bit + 2, `${alias}_delete_keys`, `delete from ${s}.${table} where key = any(${param(keys, 'bigint[]')})`);
    if (c.closedEventTriggers.length) {
      part(bit + 4, `${alias}_delete_events`, `delete from ${s}.${table} t using jsonb_to_recordset(${rows(c.closedEventTriggers)}) as x(element_instance_key bigint, element_id text)
        where t.element_instance_key = x.element_instance_key and t.element_id = x.element_id`);
    }
  }
  if (c.newIncidents.length) part(16, 'incident_insert', `insert into ${s}.incident (${columns(INCIDENT)}) select ${columns(INCIDENT)} from jsonb_to_recordset(${rows(c.newIncidents)}) as x(${INCIDENT})`);
  if (c.resolvedIncidents.length) {
    part(17, 'incident_resolve_keys', `update ${s}.incident set state = 'RESOLVED', resolved_at = ${param(c.now, 'bigint')} where state = 'ACTIVE' and key = any(${param(c.resolvedIncidents, 'bigint[]')})`);
  }
  if (c.resolveIncidentsOf.length) {
    part(18, 'incident_resolve_ended', `update ${s}.incident set state = 'RESOLVED', resolved_at = ${param(c.now, 'bigint')}
      where state = 'ACTIVE' and element_instance_key = any(${param(c.resolveIncidentsOf, 'bigint[]')}) and not (key = any(${param(c.resolvedIncidents, 'bigint[]')}))`);
  }
  if (c.correlations.length) {
    part(19, 'correlation_insert', `insert into ${s}.message_correlation (message_key, process_instance_key, bpmn_process_id)
      select message_key, process_instance_key, bpmn_process_id
      from jsonb_to_recordset(${rows(c.correlations)}) as x(message_key bigint, process_instance_key bigint, bpmn_process_id text) on conflict do nothing`);
  }
  const notify = c.notifyTypes.length > 0 ? `select pg_notify('${s.replace(/"/g, '')}_jobs', t) from unnest(${param(c.notifyTypes, 'text[]')}) t` : 'select 1';
  if (parts.length === 0 && c.notifyTypes.length === 0) return undefined;
  if (c.notifyTypes.length) shape |= 1 << 20;
  const text = parts.length ? `with ${parts.join(',\n')}\n${notify}` : notify;
  return { name: `flush_${s}_${shape.toString(36)}`, text, values };
}
