import type { JsonValue } from '@duban/workflow';

/** Rows of the working set of one call hierarchy, as the executor changes them. Keys are decimal strings. */

export interface ProcessInstanceRow {
  key: string;
  root_key: string;
  definition_key: string;
  bpmn_process_id: string;
  version: number;
  tenant_id: string;
  state: 'ACTIVE' | 'COMPLETED' | 'TERMINATED';
  start_date: number;
  end_date: number | null;
  parent_process_instance_key: string | null;
  parent_element_instance_key: string | null;
  correlation_key: string | null;
  position: number;
}

export interface ElementInstanceData {
  /** Multi-instance body bookkeeping. */
  mi?: { total: number; completed: number; terminated: number; nextIndex: number; collection: JsonValue[] };
  /** Inner instance of a multi-instance body: its 1-based loop counter. */
  loopCounter?: number;
  /** Flow scopes: sequence flows taken into joining gateways and not yet consumed, per gateway. */
  joins?: Record<string, Record<string, number>>;
  /** Flow scopes interrupted by an interrupting event sub-process. */
  interrupted?: boolean;
  /** Call activity: the called process instance. */
  calledInstanceKey?: string;
  /** Phase to re-run when an incident on this element is resolved. */
  retryPhase?: 'activate' | 'complete';
  /** Event carried into an element activated by a trigger (message/error variables to apply on completion). */
  eventVariables?: Record<string, JsonValue>;
  /** Error variables stay local to the catch event (only its output mappings propagate them), as in Zeebe. */
  eventVariablesLocal?: boolean;
  /** Catch event activated because its event already happened (event-based gateway). */
  triggered?: boolean;
  /** Start element chosen by a trigger (timer/message start of the process). */
  startElementId?: string;
}

export interface ElementInstanceRow {
  key: string;
  root_key: string;
  process_instance_key: string;
  flow_scope_key: string | null;
  element_id: string;
  element_type: string;
  state: 'ACTIVE' | 'COMPLETED' | 'TERMINATED';
  position: number;
  start_date: number;
  end_date: number | null;
  incident_key: string | null;
  data: ElementInstanceData;
}

export interface JobRow {
  key: string;
  type: string;
  state: string;
  open: boolean;
  root_key: string;
  process_instance_key: string;
  element_instance_key: string;
  element_id: string;
  bpmn_process_id: string;
  version: number;
  definition_key: string;
  tenant_id: string;
  retries: number;
  worker: string | null;
  deadline: number | null;
  available_at: number;
  scope_keys: string[];
  custom_headers: Record<string, string>;
  error_message: string | null;
  error_code: string | null;
  created_at: number;
  updated_at: number;
}

export interface JobEventRow {
  job_key: string;
  process_instance_key: string;
  state: string;
  retries: number;
  worker: string | null;
  error_message: string | null;
  error_code: string | null;
  at: number;
}

export interface TimerSpec {
  kind: 'timeDuration' | 'timeDate' | 'timeCycle';
  /** The timer value after FEEL evaluation. */
  value: string;
  /** How many times the timer has fired (cycles). */
  fired: number;
}

export interface TimerRow {
  key: string;
  root_key: string | null;
  process_instance_key: string | null;
  element_instance_key: string | null;
  definition_key: string;
  element_id: string;
  tenant_id: string;
  due_date: number;
  fired_count: number;
  spec: TimerSpec;
}

export interface SubscriptionRow {
  key: string;
  root_key: string;
  process_instance_key: string;
  element_instance_key: string;
  element_id: string;
  message_name: string;
  correlation_key: string;
  tenant_id: string;
  created_at: number;
}

export interface IncidentRow {
  key: string;
  root_key: string;
  process_instance_key: string;
  element_instance_key: string;
  element_id: string;
  job_key: string | null;
  error_type: string;
  error_message: string;
  state: 'ACTIVE' | 'RESOLVED';
  created_at: number;
  resolved_at: number | null;
}

export interface VariableRow {
  scope_key: string;
  name: string;
  root_key: string;
  process_instance_key: string;
  value: JsonValue;
  updated_at: number;
}
