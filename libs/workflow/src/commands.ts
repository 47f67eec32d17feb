import type { Variables } from './variables.js';

export interface DeployResource {
  /** File name, e.g. `supervision-item.bpmn`, `time-limits.dmn`, `register.form`. The ending decides the kind. */
  name: string;
  content: string | Buffer;
}

export interface DeployedProcess {
  bpmnProcessId: string;
  version: number;
  processDefinitionKey: string;
  resourceName: string;
  tenantId: string;
}

export interface DeployedDecision {
  decisionId: string;
  decisionRequirementsId: string;
  version: number;
  decisionKey: string;
  resourceName: string;
  tenantId: string;
}

export interface DeployedForm {
  formId: string;
  version: number;
  formKey: string;
  resourceName: string;
  tenantId: string;
}

export interface DeploymentResult {
  key: string;
  processes: DeployedProcess[];
  decisions: DeployedDecision[];
  forms: DeployedForm[];
  tenantId: string;
}

export interface CreateProcessInstanceRequest {
  bpmnProcessId: string;
  /** Latest when omitted. */
  version?: number;
  variables?: Variables;
  tenantId?: string;
}

export interface ProcessInstanceCreated {
  processInstanceKey: string;
  processDefinitionKey: string;
  bpmnProcessId: string;
  version: number;
  tenantId: string;
}

export interface PublishMessageRequest {
  name: string;
  correlationKey: string;
  variables?: Variables;
  /** Milliseconds the message is buffered for subscriptions that open later. 0 = correlate now or drop. */
  timeToLive?: number;
  /** Publishing twice with the same id while the first is buffered is rejected as a duplicate. */
  messageId?: string;
  tenantId?: string;
}

export interface SetVariablesRequest {
  elementInstanceKey: string;
  variables: Variables;
  /** true: set on that scope only; false (default): propagate to the nearest scope that has the name. */
  local?: boolean;
}

export interface CompleteJobRequest {
  jobKey: string;
  variables?: Variables;
}

export interface FailJobRequest {
  jobKey: string;
  retries: number;
  errorMessage: string;
  retryBackOff?: number;
  variables?: Variables;
}

export interface ThrowErrorRequest {
  jobKey: string;
  errorCode: string;
  errorMessage?: string;
  variables?: Variables;
}
