import { isWorkflowError, type WorkflowErrorCode } from '@duban/workflow';
import type { ScopeRef, Step } from '../scenario/scenario.types.js';
import { runJobStep } from './job-step.js';
import { pollUntil } from './poll.util.js';
import { belongsToScenario, instanceKey, type RunContext } from './run-context.js';
import { waitFor } from './wait-condition.js';

export async function executeStep(context: RunContext, step: Step): Promise<void> {
  const engine = context.driver.engine;
  if ('create' in step) {
    const { processId, variables, as, version } = step.create;
    const created = await expectOutcome(step.expectError, () =>
      engine.createProcessInstance({ bpmnProcessId: processId, variables, version }),
    );
    if (created) context.instances.set(as ?? 'main', created.processInstanceKey);
  } else if ('deploy' in step) {
    const resources = await Promise.all(step.deploy.map(async (name) => ({ name, content: await context.fixture(name) })));
    const result = await engine.deployResources(resources);
    for (const process of result.processes) context.processIds.add(process.bpmnProcessId);
    for (const [processId, version] of Object.entries(step.expectVersion ?? {})) {
      const actual = result.processes.find((p) => p.bpmnProcessId === processId)?.version;
      if (actual !== version) throw new Error(`deployed ${processId} as version ${actual}, expected ${version}`);
    }
  } else if ('complete' in step || 'inspect' in step || 'fail' in step || 'throwError' in step) {
    await runJobStep(context, step);
  } else if ('publish' in step) {
    await expectOutcome(step.expectError, () => engine.publishMessage(step.publish));
  } else if ('setVariables' in step) {
    const elementInstanceKey = await resolveScope(context, step.setVariables.scope);
    await engine.setVariables({ elementInstanceKey, variables: step.setVariables.variables, local: step.setVariables.local });
  } else if ('advanceClock' in step) {
    await context.driver.advanceClock(step.advanceClock);
  } else if ('cancel' in step) {
    await engine.cancelProcessInstance(instanceKey(context, step.cancel));
  } else if ('resolveIncident' in step) {
    const incident = await findActiveIncident(context, step.resolveIncident.elementId, step.resolveIncident.instance);
    await engine.resolveIncident(incident.key);
  } else if ('updateRetries' in step) {
    const { elementId, instance, retries } = step.updateRetries;
    const incident = await findActiveIncident(context, elementId, instance);
    if (!incident.jobKey) throw new Error(`incident on ${elementId} names no job`);
    await engine.updateJobRetries({ jobKey: incident.jobKey, retries });
  } else if ('waitFor' in step) {
    await waitFor(context, step.waitFor);
  } else if ('noJob' in step) {
    const job = await context.pool.expectNone(step.noJob.type, (j) => belongsToScenario(context, j), step.noJob.forMs);
    if (job) throw new Error(`expected no ${step.noJob.type} job yet, got one on ${job.elementId} of ${job.processInstanceKey}`);
  } else if ('worker' in step) {
    const { type, behaviour, variables } = step.worker;
    context.workers.push(
      engine.createWorker({
        taskType: type,
        worker: 'conformance-worker',
        timeout: 60_000,
        pollInterval: 100,
        taskHandler: async (job) => {
          if (behaviour === 'throw') throw new Error('handler failed on purpose');
          return job.complete(variables ?? {});
        },
      }),
    );
  } else {
    throw new Error(`unknown step ${JSON.stringify(step)}`);
  }
}

/** Runs the command; with an expected error code, the command must reject with exactly that code. */
async function expectOutcome<T>(code: WorkflowErrorCode | undefined, command: () => Promise<T>): Promise<T | undefined> {
  if (!code) return command();
  try {
    await command();
  } catch (error) {
    if (isWorkflowError(error, code)) return undefined;
    throw new Error(`expected a WorkflowError ${code}, got ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
  throw new Error(`expected a WorkflowError ${code}, but the command succeeded`);
}

async function resolveScope(context: RunContext, scope: ScopeRef): Promise<string> {
  const key = instanceKey(context, scope.instance);
  if (!scope.elementId) return key;
  const elementId = scope.elementId;
  return pollUntil(
    `an active ${elementId}`,
    async () => {
      const elements = await context.driver.engine.history.listElementInstances(key);
      const active = elements.find((e) => e.elementId === elementId && e.state === 'ACTIVE' && e.elementType !== 'MULTI_INSTANCE_BODY');
      return { done: active !== undefined, value: active?.key };
    },
    context.stepTimeoutMs,
  );
}

async function findActiveIncident(context: RunContext, elementId: string, alias?: string) {
  const key = instanceKey(context, alias);
  return pollUntil(
    `an active incident on ${elementId}`,
    async () => {
      const incidents = await context.driver.engine.history.listIncidents(key);
      const incident = incidents.find((i) => i.elementId === elementId && i.state === 'ACTIVE');
      return { done: incident !== undefined, value: incident, seen: JSON.stringify(incidents.map((i) => [i.elementId, i.state])) };
    },
    context.stepTimeoutMs,
  );
}
