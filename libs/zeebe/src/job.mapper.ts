import {
  JOB_ACTION_ACKNOWLEDGEMENT,
  type CustomHeaders,
  type Job,
  type JobActionAcknowledgement,
  type JobActions,
  type JobBpmnError,
  type JobFailure,
  type Variables,
} from '@duban/workflow';

/** The fields of an activated job as `@camunda8/sdk` hands them out (gRPC ActivatedJob, parsed). */
export interface SdkActivatedJob {
  key: string;
  type: string;
  processInstanceKey: string;
  bpmnProcessId: string;
  processDefinitionVersion: number;
  processDefinitionKey: string;
  elementId: string;
  elementInstanceKey: string;
  customHeaders: unknown;
  worker: string;
  retries: number;
  deadline: string;
  variables: unknown;
  tenantId: string;
}

/** A read-only port job; keys stay decimal strings (int64), `deadline` becomes epoch milliseconds. */
export function toPortJob<V extends Variables, H extends CustomHeaders>(job: SdkActivatedJob): Job<V, H> {
  return Object.freeze({
    key: String(job.key),
    type: job.type,
    processInstanceKey: String(job.processInstanceKey),
    bpmnProcessId: job.bpmnProcessId,
    processDefinitionVersion: Number(job.processDefinitionVersion),
    processDefinitionKey: String(job.processDefinitionKey),
    elementId: job.elementId,
    elementInstanceKey: String(job.elementInstanceKey),
    customHeaders: Object.freeze({ ...((job.customHeaders ?? {}) as H) }),
    worker: job.worker,
    retries: Number(job.retries),
    deadline: Number(job.deadline),
    variables: Object.freeze({ ...((job.variables ?? {}) as V) }),
    tenantId: job.tenantId,
  });
}

/** Normalises `job.fail('message')` and a failure without retries to Zeebe's default: one retry fewer. */
export function toFailure(failure: JobFailure | string, currentRetries: number): Required<Omit<JobFailure, 'variables'>> & Pick<JobFailure, 'variables'> {
  const given = typeof failure === 'string' ? { errorMessage: failure } : failure;
  return {
    errorMessage: given.errorMessage,
    retries: given.retries ?? Math.max(currentRetries - 1, 0),
    retryBackOff: given.retryBackOff ?? 0,
    variables: given.variables,
  };
}

/** Binds the port's job actions to commands, each answering with the acknowledgement. */
export function withActions<V extends Variables, H extends CustomHeaders>(
  job: Job<V, H>,
  commands: {
    complete(jobKey: string, variables?: Variables): Promise<void>;
    fail(jobKey: string, failure: ReturnType<typeof toFailure>): Promise<void>;
    error(jobKey: string, errorCode: string, errorMessage?: string, variables?: Variables): Promise<void>;
  },
): Job<V, H> & JobActions {
  const ack = async (action: Promise<void>): Promise<JobActionAcknowledgement> => {
    await action;
    return JOB_ACTION_ACKNOWLEDGEMENT;
  };
  return Object.freeze({
    ...job,
    complete: (variables?: Variables) => ack(commands.complete(job.key, variables)),
    fail: (failure: JobFailure | string) => ack(commands.fail(job.key, toFailure(failure, job.retries))),
    error: ({ errorCode, errorMessage, variables }: JobBpmnError) => ack(commands.error(job.key, errorCode, errorMessage, variables)),
  });
}
