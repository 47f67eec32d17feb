import type { CustomHeaders, Variables } from './variables.js';

/**
 * Returned by every job action, so a handler that forgets to answer does not compile
 * (the same trick as `@camunda8/sdk`).
 */
export const JOB_ACTION_ACKNOWLEDGEMENT = 'JOB_ACTION_ACKNOWLEDGEMENT' as const;
export type JobActionAcknowledgement = typeof JOB_ACTION_ACKNOWLEDGEMENT;

/** A job as handed to a worker: read-only. Keys are decimal strings (Zeebe keys are int64). */
export interface Job<V extends Variables = Variables, H extends CustomHeaders = CustomHeaders> {
  readonly key: string;
  readonly type: string;
  readonly processInstanceKey: string;
  readonly bpmnProcessId: string;
  readonly processDefinitionVersion: number;
  readonly processDefinitionKey: string;
  readonly elementId: string;
  readonly elementInstanceKey: string;
  readonly customHeaders: Readonly<H>;
  readonly worker: string;
  readonly retries: number;
  /** Lease deadline, epoch milliseconds. */
  readonly deadline: number;
  readonly variables: Readonly<V>;
  readonly tenantId: string;
}

export interface JobFailure {
  errorMessage: string;
  /** Retries left after this failure; 0 raises an incident. Defaults to `job.retries - 1`. */
  retries?: number;
  /** Milliseconds before the job may be activated again. */
  retryBackOff?: number;
  variables?: Variables;
}

export interface JobBpmnError {
  errorCode: string;
  errorMessage?: string;
  variables?: Variables;
}

export interface JobActions {
  complete(variables?: Variables): Promise<JobActionAcknowledgement>;
  fail(failure: JobFailure | string): Promise<JobActionAcknowledgement>;
  error(error: JobBpmnError): Promise<JobActionAcknowledgement>;
}

export type JobHandler<V extends Variables = Variables, H extends CustomHeaders = CustomHeaders> = (
  job: Job<V, H> & JobActions,
) => Promise<JobActionAcknowledgement>;

export interface WorkerConfig<V extends Variables = Variables, H extends CustomHeaders = CustomHeaders> {
  taskType: string;
  taskHandler: JobHandler<V, H>;
  /** Worker name recorded on each activated job. */
  worker?: string;
  maxJobsToActivate?: number;
  /** Lease length in milliseconds. */
  timeout?: number;
  /** Only these variables are fetched; all when omitted. */
  fetchVariable?: string[];
  /** How often an idle worker polls, in milliseconds. */
  pollInterval?: number;
  tenantIds?: string[];
}

export interface JobWorker {
  /** Stops activating new jobs and waits for the handlers in flight. */
  close(): Promise<void>;
}

export interface ActivateJobsRequest {
  type: string;
  worker: string;
  maxJobsToActivate: number;
  /** Lease length in milliseconds. */
  timeout: number;
  fetchVariable?: string[];
  tenantIds?: string[];
}
