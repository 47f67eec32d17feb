import { isWorkflowError, WorkflowErrorCode, type Job } from '@duban/workflow';
import type { JobExpectation, JobStep } from '../scenario/scenario.types.js';
import { describeExpected, matches } from '../scenario/matchers.js';
import { belongsToScenario, type RunContext } from './run-context.js';

export function jobTypeOf(step: JobStep): string {
  if ('complete' in step) return step.complete;
  if ('inspect' in step) return step.inspect;
  if ('fail' in step) return step.fail;
  return step.throwError;
}

/**
 * Takes this scenario's next job of the type and answers it through the port. A job the pool handed out
 * that no longer exists (its element was interrupted meanwhile) is skipped for the next one.
 */
export async function runJobStep(context: RunContext, step: JobStep): Promise<void> {
  const type = jobTypeOf(step);
  const deadline = Date.now() + context.stepTimeoutMs;
  for (;;) {
    const job = await context.pool.take(
      type,
      (candidate) => belongsToScenario(context, candidate, step.elementId) && (step.where?.(candidate) ?? true),
      Math.max(deadline - Date.now(), 1),
      step.fetchVariable,
    );
    const problems = step.expectJob ? checkJob(job, step.expectJob) : [];
    if (problems.length > 0) throw new Error(`job ${type} on ${job.elementId}: ${problems.join('; ')}`);
    if ('inspect' in step) {
      context.pool.giveBack(job);
      bind(context, step, job);
      return;
    }
    try {
      await answer(context, step, job);
    } catch (error) {
      if (isWorkflowError(error, WorkflowErrorCode.NotFound) && Date.now() < deadline) continue;
      throw error;
    }
    bind(context, step, job);
    return;
  }
}

function bind(context: RunContext, step: JobStep, job: Job): void {
  if (step.bind && !context.instances.has(step.bind)) context.instances.set(step.bind, job.processInstanceKey);
}

async function answer(context: RunContext, step: JobStep, job: Job): Promise<void> {
  const engine = context.driver.engine;
  if ('complete' in step) {
    const variables = typeof step.variables === 'function' ? step.variables(job) : (step.variables ?? {});
    return engine.completeJob({ jobKey: job.key, variables });
  }
  if ('inspect' in step) return;
  if ('fail' in step) {
    return engine.failJob({
      jobKey: job.key,
      retries: step.retries,
      errorMessage: step.errorMessage,
      retryBackOff: step.retryBackOff,
    });
  }
  return engine.throwError({
    jobKey: job.key,
    errorCode: step.errorCode,
    errorMessage: step.errorMessage,
    variables: step.variables,
  });
}

export function checkJob(job: Job, expected: JobExpectation): string[] {
  const problems: string[] = [];
  if (expected.elementId !== undefined && job.elementId !== expected.elementId) {
    problems.push(`element ${job.elementId}, expected ${expected.elementId}`);
  }
  if (expected.retries !== undefined && job.retries !== expected.retries) {
    problems.push(`retries ${job.retries}, expected ${expected.retries}`);
  }
  for (const [name, value] of Object.entries(expected.customHeaders ?? {})) {
    if (!matches(value, job.customHeaders[name])) {
      problems.push(`header ${name} = ${JSON.stringify(job.customHeaders[name])}, expected ${describeExpected(value)}`);
    }
  }
  for (const [name, value] of Object.entries(expected.variables ?? {})) {
    if (!matches(value, job.variables[name])) {
      problems.push(`variable ${name} = ${JSON.stringify(job.variables[name])}, expected ${describeExpected(value)}`);
    }
  }
  for (const name of expected.absentVariables ?? []) {
    if (name in job.variables) problems.push(`variable ${name} must not reach the worker`);
  }
  return problems;
}
