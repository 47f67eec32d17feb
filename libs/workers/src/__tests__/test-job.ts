import {
  JOB_ACTION_ACKNOWLEDGEMENT,
  type Job,
  type JobActions,
  type JobBpmnError,
  type JobFailure,
  type Variables,
} from '@duban/workflow';

export type JobOutcome =
  | { kind: 'completed'; variables: Variables }
  | { kind: 'failed'; failure: JobFailure }
  | { kind: 'error'; error: JobBpmnError };

let nextKey = 1_000_000;

/**
 * A job as the port hands it to a handler, recording how the handler answered. Used to drive handlers directly;
 * `engine.spec.ts` runs them through the embedded engine.
 */
export function testJob(
  type: string,
  headers: Record<string, string>,
  variables: Variables = {},
  overrides: Partial<Job> = {},
): Job & JobActions & { outcomes: JobOutcome[] } {
  const outcomes: JobOutcome[] = [];
  const key = String(nextKey++);
  return {
    key,
    type,
    processInstanceKey: `pi-${key}`,
    bpmnProcessId: 'test-process',
    processDefinitionVersion: 1,
    processDefinitionKey: 'pd-1',
    elementId: 'Task_1',
    elementInstanceKey: `ei-${key}`,
    customHeaders: headers,
    worker: 'test',
    retries: 3,
    deadline: Date.now() + 60_000,
    variables: { tenantId: 'demo-county', ...variables },
    tenantId: '<default>',
    ...overrides,
    outcomes,
    async complete(completed?: Variables) {
      outcomes.push({ kind: 'completed', variables: completed ?? {} });
      return JOB_ACTION_ACKNOWLEDGEMENT;
    },
    async fail(failure: JobFailure | string) {
      outcomes.push({ kind: 'failed', failure: typeof failure === 'string' ? { errorMessage: failure } : failure });
      return JOB_ACTION_ACKNOWLEDGEMENT;
    },
    async error(error: JobBpmnError) {
      outcomes.push({ kind: 'error', error });
      return JOB_ACTION_ACKNOWLEDGEMENT;
    },
  };
}

/** The variables of a completed job; throws with the failure message otherwise (readable test failures). */
export function completedVariables(job: { outcomes: JobOutcome[] }): Variables {
  const outcome = job.outcomes.at(-1);
  if (outcome?.kind === 'completed') return outcome.variables;
  throw new Error(`job did not complete: ${JSON.stringify(outcome)}`);
}

export function failureOf(job: { outcomes: JobOutcome[] }): JobFailure {
  const outcome = job.outcomes.at(-1);
  if (outcome?.kind === 'failed') return outcome.failure;
  throw new Error(`job did not fail: ${JSON.stringify(outcome)}`);
}
