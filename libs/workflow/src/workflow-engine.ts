import type {
  CompleteJobRequest,
  CreateProcessInstanceRequest,
  DeployResource,
  DeploymentResult,
  FailJobRequest,
  ProcessInstanceCreated,
  PublishMessageRequest,
  SetVariablesRequest,
  ThrowErrorRequest,
} from './commands.js';
import type { WorkflowHistory } from './history.js';
import type { ActivateJobsRequest, Job, JobWorker, WorkerConfig } from './job.js';
import type { CustomHeaders, Variables } from './variables.js';

/**
 * The one port. Shaped like the Zeebe client of `@camunda8/sdk`, so that the embedded engine and the
 * Zeebe adapter are interchangeable and Camunda users find what they expect.
 */
export interface WorkflowEngine {
  /** All resources of one call deploy together or not at all. */
  deployResources(resources: DeployResource[], options?: { tenantId?: string }): Promise<DeploymentResult>;

  createProcessInstance(request: CreateProcessInstanceRequest): Promise<ProcessInstanceCreated>;
  cancelProcessInstance(processInstanceKey: string): Promise<void>;

  publishMessage(request: PublishMessageRequest): Promise<{ key: string }>;
  setVariables(request: SetVariablesRequest): Promise<void>;

  createWorker<V extends Variables = Variables, H extends CustomHeaders = CustomHeaders>(
    config: WorkerConfig<V, H>,
  ): JobWorker;
  /** One-shot activation, for pollers such as the inbox projector. */
  activateJobs<V extends Variables = Variables, H extends CustomHeaders = CustomHeaders>(
    request: ActivateJobsRequest,
  ): Promise<Job<V, H>[]>;
  completeJob(request: CompleteJobRequest): Promise<void>;
  failJob(request: FailJobRequest): Promise<void>;
  throwError(request: ThrowErrorRequest): Promise<void>;
  updateJobRetries(request: { jobKey: string; retries: number }): Promise<void>;
  resolveIncident(incidentKey: string): Promise<void>;

  readonly history: WorkflowHistory;

  /** Closes workers (draining in-flight handlers) and connections. */
  close(): Promise<void>;
}
