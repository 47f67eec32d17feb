import type { Camunda8 } from '@camunda8/sdk';
import type { CustomHeaders, JobWorker, Variables, WorkerConfig } from '@duban/workflow';
import { toWorkflowError } from './grpc-error.util.js';
import { toPortJob, withActions, type SdkActivatedJob } from './job.mapper.js';

type ZeebeGrpcClient = ReturnType<Camunda8['getZeebeGrpcApiClient']>;

/** Minimal view of the SDK job's actions; they also release the worker's capacity, so they must be used. */
interface SdkJobActions {
  complete(variables?: Variables): Promise<unknown>;
  fail(failure: { errorMessage: string; retries: number; retryBackOff: number; variables?: Variables }): Promise<unknown>;
  error(error: { errorCode: string; errorMessage?: string; variables?: Variables }): Promise<unknown>;
}

/**
 * A port worker on the SDK's ZBWorker (long polling, back-off on gateway errors, back-pressure).
 * A handler that throws fails the job with one retry fewer (the SDK's rule too); `close()` drains.
 */
export function createZeebeWorker<V extends Variables, H extends CustomHeaders>(
  client: ZeebeGrpcClient,
  config: WorkerConfig<V, H>,
  defaultWorkerName: string,
): JobWorker {
  const mapped = (action: () => Promise<unknown>) =>
    action().then(
      () => undefined,
      (error: unknown) => {
        throw toWorkflowError(error);
      },
    );
  const worker = client.createWorker({
    taskType: config.taskType,
    id: config.worker ?? defaultWorkerName,
    maxJobsToActivate: config.maxJobsToActivate ?? 32,
    timeout: config.timeout ?? 300_000,
    pollInterval: config.pollInterval ?? 100,
    fetchVariable: config.fetchVariable as never,
    tenantIds: config.tenantIds,
    loglevel: 'NONE',
    taskHandler: async (sdkJob) => {
      const actions = sdkJob as unknown as SdkJobActions;
      const job = withActions(toPortJob<V, H>(sdkJob as unknown as SdkActivatedJob), {
        complete: (_key, variables) => mapped(() => actions.complete(variables ?? {})),
        fail: (_key, failure) => mapped(() => actions.fail(failure)),
        error: (_key, errorCode, errorMessage, variables) =>
          mapped(() => actions.error({ errorCode, errorMessage, variables: variables ?? {} })),
      });
      return (await config.taskHandler(job)) as never;
    },
  });
  return {
    async close() {
      await worker.close();
    },
  };
}
