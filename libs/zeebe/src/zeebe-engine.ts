import { hostname } from 'node:os';
import { Camunda8 } from '@camunda8/sdk';
import type {
  ActivateJobsRequest,
  CompleteJobRequest,
  CreateProcessInstanceRequest,
  CustomHeaders,
  DeployResource,
  DeploymentResult,
  FailJobRequest,
  Job,
  JobWorker,
  ProcessInstanceCreated,
  PublishMessageRequest,
  SetVariablesRequest,
  ThrowErrorRequest,
  Variables,
  WorkerConfig,
  WorkflowEngine,
} from '@duban/workflow';
import { WorkflowError, WorkflowErrorCode } from '@duban/workflow';
import { BrokerClock } from './broker-clock.js';
import { EngineClock } from './engine-clock.js';
import { toDeploymentResult, toSdkResource } from './deployment.mapper.js';
import { toWorkflowError } from './grpc-error.util.js';
import { ZeebeHistory } from './history/zeebe-history.js';
import { toPortJob, type SdkActivatedJob } from './job.mapper.js';
import { wireVariables } from './variables.guard.js';
import { createZeebeWorker } from './zeebe-worker.js';
import { sdkConfiguration, zeebeOptionsFromEnv, type ZeebeEngineOptions } from './zeebe-options.js';

type ZeebeGrpcClient = ReturnType<Camunda8['getZeebeGrpcApiClient']>;

/** The port over a Zeebe cluster through `@camunda8/sdk`'s gRPC client. */
export class ZeebeEngine implements WorkflowEngine {
  readonly history: ZeebeHistory;
  /** Present when the options name a management URL; moving it only works on a broker with a controlled clock. */
  readonly clock?: BrokerClock;
  /** The engine's (stream) clock over REST; tests pin it to date a run, earlier or later than now. */
  readonly engineClock: EngineClock;
  private readonly client: ZeebeGrpcClient;
  private readonly workers = new Set<JobWorker>();
  private readonly workerName: string;
  /**
   * SDK 8.8 sets its logger only once its gRPC channel promise settles; a command issued before that throws
   * "Cannot read properties of undefined (reading 'logDebug')". Every command waits for it.
   */
  private readonly channelReady: Promise<unknown>;

  constructor(private readonly options: ZeebeEngineOptions) {
    this.client = new Camunda8(sdkConfiguration(options) as never).getZeebeGrpcApiClient();
    this.history = new ZeebeHistory(options.history);
    this.clock = options.managementUrl ? new BrokerClock(options.managementUrl) : undefined;
    this.engineClock = new EngineClock(options.restAddress);
    this.workerName = options.workerName ?? `duban-${hostname()}-${process.pid}`;
    this.channelReady = Promise.resolve((this.client as unknown as { grpc?: Promise<unknown> }).grpc).catch(() => undefined);
  }

  /** Fails with UNAVAILABLE unless the gateway answers within `timeoutMs`. */
  async topology(timeoutMs = 5_000): Promise<Awaited<ReturnType<ZeebeGrpcClient['topology']>>> {
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer from ${this.options.grpcAddress} within ${timeoutMs} ms`)), timeoutMs).unref(),
    );
    try {
      return await Promise.race([this.client.topology(), timeout]);
    } catch (error) {
      throw new WorkflowError(WorkflowErrorCode.Unavailable, `Zeebe gateway ${this.options.grpcAddress}: ${(error as Error).message}`);
    }
  }

  async deployResources(resources: DeployResource[], options?: { tenantId?: string }): Promise<DeploymentResult> {
    if (resources.length === 0) throw new WorkflowError(WorkflowErrorCode.InvalidArgument, 'nothing to deploy');
    const sdkResources = resources.map(toSdkResource);
    const names = resources.map((resource) => resource.name);
    return this.call(async () => toDeploymentResult(await this.client.deployResources(sdkResources, options?.tenantId)), {
      deploying: names,
    });
  }

  async createProcessInstance(request: CreateProcessInstanceRequest): Promise<ProcessInstanceCreated> {
    const variables = wireVariables(request.variables);
    return this.call(async () => {
      const created = await this.client.createProcessInstance({
        bpmnProcessId: request.bpmnProcessId,
        ...(request.version !== undefined ? { version: request.version } : {}),
        variables,
        ...(request.tenantId ? { tenantId: request.tenantId } : {}),
      });
      return {
        processInstanceKey: String(created.processInstanceKey),
        processDefinitionKey: String(created.processDefinitionKey),
        bpmnProcessId: created.bpmnProcessId,
        version: Number(created.version),
        tenantId: created.tenantId,
      };
    });
  }

  async cancelProcessInstance(processInstanceKey: string): Promise<void> {
    return this.call(async () => void (await this.client.cancelProcessInstance(processInstanceKey)));
  }

  async publishMessage(request: PublishMessageRequest): Promise<{ key: string }> {
    const variables = wireVariables(request.variables);
    return this.call(async () => {
      const published = await this.client.publishMessage({
        name: request.name,
        correlationKey: request.correlationKey,
        variables,
        timeToLive: request.timeToLive ?? 0,
        ...(request.messageId ? { messageId: request.messageId } : {}),
        ...(request.tenantId ? { tenantId: request.tenantId } : {}),
      });
      return { key: String(published.key) };
    });
  }

  async setVariables(request: SetVariablesRequest): Promise<void> {
    const variables = wireVariables(request.variables);
    return this.call(async () => {
      await this.client.setVariables({ elementInstanceKey: request.elementInstanceKey, variables, local: request.local ?? false });
    });
  }

  createWorker<V extends Variables = Variables, H extends CustomHeaders = CustomHeaders>(config: WorkerConfig<V, H>): JobWorker {
    const worker = createZeebeWorker(this.client, config, this.workerName);
    this.workers.add(worker);
    return {
      close: async () => {
        this.workers.delete(worker);
        await worker.close();
      },
    };
  }

  async activateJobs<V extends Variables = Variables, H extends CustomHeaders = CustomHeaders>(request: ActivateJobsRequest): Promise<Job<V, H>[]> {
    return this.call(async () => {
      const jobs = await this.client.activateJobs({
        type: request.type,
        worker: request.worker,
        maxJobsToActivate: request.maxJobsToActivate,
        timeout: request.timeout,
        fetchVariable: request.fetchVariable as never,
        tenantIds: request.tenantIds,
        // One-shot: answer with what is activatable now instead of long-polling.
        requestTimeout: -1,
      } as never);
      return (jobs as unknown as SdkActivatedJob[]).map((job) => toPortJob<V, H>(job));
    });
  }

  async completeJob(request: CompleteJobRequest): Promise<void> {
    const variables = wireVariables(request.variables);
    return this.call(() => this.client.completeJob({ jobKey: request.jobKey, variables }));
  }

  async failJob(request: FailJobRequest): Promise<void> {
    const variables = wireVariables(request.variables);
    return this.call(() =>
      this.client.failJob({
        jobKey: request.jobKey,
        retries: request.retries,
        errorMessage: request.errorMessage,
        retryBackOff: request.retryBackOff ?? 0,
        variables,
      }),
    );
  }

  async throwError(request: ThrowErrorRequest): Promise<void> {
    const variables = wireVariables(request.variables);
    return this.call(() =>
      this.client.throwError({
        jobKey: request.jobKey,
        errorCode: request.errorCode,
        errorMessage: request.errorMessage ?? '',
        variables,
      }),
    );
  }

  async updateJobRetries(request: { jobKey: string; retries: number }): Promise<void> {
    return this.call(() => this.client.updateJobRetries({ jobKey: request.jobKey, retries: request.retries }));
  }

  async resolveIncident(incidentKey: string): Promise<void> {
    return this.call(() => this.client.resolveIncident({ incidentKey }));
  }

  async close(): Promise<void> {
    await Promise.all([...this.workers].map((worker) => worker.close()));
    this.workers.clear();
    await this.client.close();
    await this.history.close();
  }

  private async call<T>(command: () => Promise<T>, context?: { deploying?: string[] }): Promise<T> {
    await this.channelReady;
    try {
      return await command();
    } catch (error) {
      throw toWorkflowError(error, context);
    }
  }
}

export function createZeebeEngine(options: Partial<ZeebeEngineOptions> = {}): ZeebeEngine {
  return new ZeebeEngine({ ...zeebeOptionsFromEnv(), ...options });
}
