import {
  WorkflowError,
  WorkflowErrorCode,
  type CompleteJobRequest,
  type FailJobRequest,
  type ThrowErrorRequest,
} from '@duban/workflow';
import type { CommandRunner } from '../engine/command-runner.js';
import { checkVariables, notFound, requireKey } from '../engine/variables-guard.js';
import { raiseIncident } from '../runtime/element-lifecycle.js';
import { throwError as throwBpmnError } from '../runtime/error-events.js';
import type { Execution } from '../runtime/execution.js';
import type { JobRow } from '../runtime/runtime-types.js';
import { setLocal } from '../runtime/variable-scopes.js';

/** Complete, fail, throw error and update retries: each one transaction under the instance lock. */

async function withOpenJob(
  runner: CommandRunner,
  jobKey: string,
  work: (exec: Execution, job: JobRow) => void,
): Promise<void> {
  const key = requireKey(jobKey, 'jobKey');
  await runner.transaction(
    (tx) =>
      runner.withJobInstance(tx, key, (exec) => {
        if (!exec.job) throw notFound('作业 / job', key);
        work(exec, exec.job);
      }),
    { jobKey: key },
  );
}

function record(exec: Execution, job: JobRow, state: string, changes: Partial<JobRow>): void {
  Object.assign(job, changes, { state, updated_at: exec.now });
  exec.state.jobUpdates.set(job.key, job);
  exec.state.jobEvents.push({
    job_key: job.key,
    process_instance_key: job.process_instance_key,
    state,
    retries: job.retries,
    worker: job.worker,
    error_message: job.error_message,
    error_code: job.error_code,
    at: exec.now,
  });
}

export async function completeJob(runner: CommandRunner, request: CompleteJobRequest): Promise<void> {
  const variables = checkVariables(request?.variables);
  await withOpenJob(runner, request?.jobKey, (exec, job) => {
    const ei = exec.element(job.element_instance_key);
    if (job.state === 'ERROR_THROWN' || job.retries <= 0 && job.state === 'FAILED') {
      throw new WorkflowError(WorkflowErrorCode.FailedPrecondition, `job ${job.key} has an incident and cannot be completed`);
    }
    record(exec, job, 'COMPLETED', { open: false, deadline: null });
    if (!ei || ei.state !== 'ACTIVE') return;
    ei.data.eventVariables = variables;
    exec.touch(ei);
    exec.schedule('complete', ei);
  });
}

export async function failJob(runner: CommandRunner, request: FailJobRequest): Promise<void> {
  const variables = checkVariables(request?.variables);
  if (!Number.isInteger(request?.retries)) throw new WorkflowError(WorkflowErrorCode.InvalidArgument, 'retries must be an integer');
  const backOff = Math.max(0, request.retryBackOff ?? 0);
  await withOpenJob(runner, request.jobKey, (exec, job) => {
    const ei = exec.element(job.element_instance_key);
    // Zeebe sets the variables of a failed job on the task's local scope
    if (ei && Object.keys(variables).length > 0) setLocal(exec.state, ei.key, variables, exec.now);
    record(exec, job, 'FAILED', {
      retries: request.retries,
      worker: null,
      deadline: null,
      available_at: exec.now + backOff,
      error_message: request.errorMessage ?? null,
    });
    if (request.retries > 0) {
      exec.state.notifyTypes.add(job.type);
      return;
    }
    job.available_at = Number.MAX_SAFE_INTEGER;
    if (ei) raiseIncident(exec, ei, 'JOB_NO_RETRIES', request.errorMessage || 'No more retries left.', { jobKey: job.key });
  });
}

export async function throwJobError(runner: CommandRunner, request: ThrowErrorRequest): Promise<void> {
  const variables = checkVariables(request?.variables);
  if (typeof request?.errorCode !== 'string' || request.errorCode === '') {
    throw new WorkflowError(WorkflowErrorCode.InvalidArgument, 'errorCode 必填 / errorCode is required');
  }
  await withOpenJob(runner, request.jobKey, (exec, job) => {
    const ei = exec.element(job.element_instance_key);
    record(exec, job, 'ERROR_THROWN', { worker: null, deadline: null, error_code: request.errorCode, error_message: request.errorMessage ?? null });
    if (!ei || ei.state !== 'ACTIVE') return;
    const before = exec.state.newIncidents.size;
    throwBpmnError(exec, ei, request.errorCode, request.errorMessage ?? '', Object.keys(variables).length ? variables : undefined, job.key);
    if (exec.state.newIncidents.size > before) {
      // uncaught: the job stays with the incident; resolving it makes the job activatable again
      job.available_at = Number.MAX_SAFE_INTEGER;
    } else {
      job.open = false;
    }
  });
}

export async function updateJobRetries(runner: CommandRunner, request: { jobKey: string; retries: number }): Promise<void> {
  if (!Number.isInteger(request?.retries) || request.retries < 1) {
    throw new WorkflowError(WorkflowErrorCode.InvalidArgument, 'retries must be a positive integer');
  }
  await withOpenJob(runner, request.jobKey, (exec, job) => {
    record(exec, job, 'RETRIES_UPDATED', { retries: request.retries });
  });
}
