import type { CustomHeaders, JsonValue } from './variables.js';

/** The read side: enough to draw where an instance is and how it got there. Times are ISO-8601 strings. */

export type ProcessInstanceState = 'ACTIVE' | 'COMPLETED' | 'TERMINATED';

export interface ProcessInstanceRecord {
  key: string;
  bpmnProcessId: string;
  version: number;
  processDefinitionKey: string;
  state: ProcessInstanceState;
  startDate: string;
  endDate?: string;
  parentProcessInstanceKey?: string;
  hasIncident: boolean;
  tenantId: string;
}

export type ElementInstanceState = 'ACTIVE' | 'COMPLETED' | 'TERMINATED';

export interface ElementInstanceRecord {
  key: string;
  processInstanceKey: string;
  /** Key of the enclosing element instance (process, sub-process, multi-instance body). */
  flowScopeKey?: string;
  elementId: string;
  /** BPMN type as Zeebe names it: `SERVICE_TASK`, `EXCLUSIVE_GATEWAY`, `MULTI_INSTANCE_BODY`, … */
  elementType: string;
  state: ElementInstanceState;
  startDate: string;
  endDate?: string;
  incidentKey?: string;
}

export type JobState =
  | 'CREATED'
  | 'ACTIVATED'
  | 'COMPLETED'
  | 'FAILED'
  | 'ERROR_THROWN'
  | 'CANCELED'
  | 'RETRIES_UPDATED'
  | 'TIMED_OUT';

export interface JobRecord {
  key: string;
  type: string;
  processInstanceKey: string;
  elementId: string;
  elementInstanceKey: string;
  state: JobState;
  retries: number;
  worker?: string;
  customHeaders: CustomHeaders;
  errorMessage?: string;
  errorCode?: string;
  deadline?: string;
  createdAt: string;
  updatedAt: string;
}

export type IncidentErrorType =
  | 'JOB_NO_RETRIES'
  | 'UNHANDLED_ERROR_EVENT'
  | 'EXTRACT_VALUE_ERROR'
  | 'IO_MAPPING_ERROR'
  | 'CONDITION_ERROR'
  | 'CALLED_ELEMENT_ERROR'
  | 'CALLED_DECISION_ERROR'
  | 'DECISION_EVALUATION_ERROR'
  | 'MESSAGE_SIZE_EXCEEDED'
  | 'UNKNOWN';

export interface IncidentRecord {
  key: string;
  processInstanceKey: string;
  elementId: string;
  elementInstanceKey: string;
  jobKey?: string;
  errorType: IncidentErrorType;
  errorMessage: string;
  state: 'ACTIVE' | 'RESOLVED';
  createdAt: string;
  resolvedAt?: string;
}

export interface VariableRecord {
  name: string;
  value: JsonValue;
  /** Element instance (or process instance) key the variable lives on. */
  scopeKey: string;
  processInstanceKey: string;
  updatedAt: string;
}

export interface WorkflowHistory {
  getProcessInstance(processInstanceKey: string): Promise<ProcessInstanceRecord | undefined>;
  /** Ordered by activation. */
  listElementInstances(processInstanceKey: string): Promise<ElementInstanceRecord[]>;
  listJobs(processInstanceKey: string): Promise<JobRecord[]>;
  listIncidents(processInstanceKey: string): Promise<IncidentRecord[]>;
  /** Current values of every scope of the instance. */
  listVariables(processInstanceKey: string): Promise<VariableRecord[]>;
}
