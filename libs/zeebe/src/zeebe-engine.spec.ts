import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWorkflowError, WorkflowErrorCode, type Job } from '@duban/workflow';
import { invalidProcess, serviceTaskProcess } from './testing/bpmn-fixtures.js';
import { skipWithoutBroker } from './testing/broker-availability.js';
import { eventually, uniqueId } from './testing/poll.util.js';
import { createZeebeEngine, type ZeebeEngine } from './zeebe-engine.js';

const skip = await skipWithoutBroker('libs/zeebe engine specs');

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe.skipIf(skip)('ZeebeEngine on a real broker', () => {
  let engine: ZeebeEngine;
  const processId = uniqueId('adapter');

  beforeAll(async () => {
    engine = createZeebeEngine();
    await engine.topology();
    const deployed = await engine.deployResources([{ name: `${processId}.bpmn`, content: serviceTaskProcess(processId) }]);
    expect(deployed.processes).toMatchObject([{ bpmnProcessId: processId, version: 1, resourceName: `${processId}.bpmn` }]);
  });

  afterAll(async () => {
    await engine?.close();
  });

  it('runs an instance through a worker and records its path, jobs and variables', async () => {
    const seen: Job[] = [];
    const worker = engine.createWorker<{ amount: number }>({
      taskType: `${processId}-work`,
      timeout: 10_000,
      taskHandler: async (job) => {
        seen.push(job);
        return job.complete({ approved: job.variables.amount < 100, note: null });
      },
    });
    const created = await engine.createProcessInstance({ bpmnProcessId: processId, variables: { amount: 42 } });

    const instance = await eventually('the instance to complete', async () => {
      const record = await engine.history.getProcessInstance(created.processInstanceKey);
      return record?.state === 'COMPLETED' ? record : undefined;
    });
    await worker.close();

    expect(instance).toMatchObject({ bpmnProcessId: processId, version: 1, hasIncident: false });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ elementId: 'work', bpmnProcessId: processId, variables: { amount: 42 }, retries: 2 });
    const path = (await engine.history.listElementInstances(created.processInstanceKey)).map((e) => [e.elementId, e.state]);
    expect(path).toEqual([
      [processId, 'COMPLETED'],
      ['start', 'COMPLETED'],
      ['work', 'COMPLETED'],
      ['done', 'COMPLETED'],
    ]);
    const variables = await eventually('the output variables', async () => {
      const list = await engine.history.listVariables(created.processInstanceKey);
      return list.length === 3 ? list : undefined;
    });
    expect(Object.fromEntries(variables.map((v) => [v.name, v.value]))).toEqual({ amount: 42, approved: true, note: null });
    expect(await engine.history.listJobs(created.processInstanceKey)).toMatchObject([{ elementId: 'work', state: 'COMPLETED' }]);
  });

  it('raises an incident when retries run out, and resumes after retries are given back', async () => {
    const created = await engine.createProcessInstance({ bpmnProcessId: processId, variables: { amount: 1 } });
    const [job] = await eventually('a job', async () => {
      const jobs = await engine.activateJobs({ type: `${processId}-work`, worker: 'spec', maxJobsToActivate: 1, timeout: 10_000 });
      return jobs.length ? jobs : undefined;
    });
    await engine.failJob({ jobKey: job.key, retries: 0, errorMessage: '下游系统不可用' });
    const incident = await eventually('the incident', async () => {
      const [found] = await engine.history.listIncidents(created.processInstanceKey);
      return found;
    });
    expect(incident).toMatchObject({ errorType: 'JOB_NO_RETRIES', elementId: 'work', state: 'ACTIVE', errorMessage: '下游系统不可用' });
    expect((await engine.history.getProcessInstance(created.processInstanceKey))?.hasIncident).toBe(true);

    await engine.updateJobRetries({ jobKey: job.key, retries: 1 });
    await engine.resolveIncident(incident.key);
    const [again] = await eventually('the job again', async () => {
      const jobs = await engine.activateJobs({ type: `${processId}-work`, worker: 'spec', maxJobsToActivate: 1, timeout: 10_000 });
      return jobs.length ? jobs : undefined;
    });
    expect(again.key).toBe(job.key);
    await engine.throwError({ jobKey: again.key, errorCode: 'REJECTED', errorMessage: 'no' });
    await eventually('the error path', async () => {
      const elements = await engine.history.listElementInstances(created.processInstanceKey);
      return elements.some((e) => e.elementId === 'rejectedEnd' && e.state === 'COMPLETED') ? true : undefined;
    });
    expect((await engine.history.listIncidents(created.processInstanceKey))[0].state).toBe('RESOLVED');
  });

  it('answers bad commands with typed errors', async () => {
    const unknownJob = await rejection(engine.completeJob({ jobKey: '2251799813699999' }));
    expect(isWorkflowError(unknownJob, WorkflowErrorCode.NotFound)).toBe(true);

    const unknownProcess = await rejection(engine.createProcessInstance({ bpmnProcessId: uniqueId('missing') }));
    expect(isWorkflowError(unknownProcess, WorkflowErrorCode.NotFound)).toBe(true);

    const notAnObject = await rejection(engine.createProcessInstance({ bpmnProcessId: processId, variables: [] as never }));
    expect(isWorkflowError(notAnObject, WorkflowErrorCode.InvalidArgument)).toBe(true);

    const tooBig = await rejection(engine.publishMessage({ name: 'm', correlationKey: 'k', variables: { blob: 'x'.repeat(4_200_000) } }));
    expect(isWorkflowError(tooBig, WorkflowErrorCode.InvalidArgument)).toBe(true);

    const invalidId = uniqueId('invalid');
    const rejected = await rejection(engine.deployResources([{ name: `${invalidId}.bpmn`, content: invalidProcess(invalidId) }]));
    expect(isWorkflowError(rejected, WorkflowErrorCode.DeploymentRejected)).toBe(true);
    expect((rejected as { problems: unknown[] }).problems).toMatchObject([{ resourceName: `${invalidId}.bpmn`, elementId: 'broken' }]);

    const messageId = uniqueId('msg');
    await engine.publishMessage({ name: 'duplicate', correlationKey: messageId, messageId, timeToLive: 60_000 });
    const duplicate = await rejection(engine.publishMessage({ name: 'duplicate', correlationKey: messageId, messageId, timeToLive: 60_000 }));
    expect(isWorkflowError(duplicate, WorkflowErrorCode.AlreadyExists)).toBe(true);
  });

  it('cancels an instance; a second cancel is NOT_FOUND', async () => {
    const created = await engine.createProcessInstance({ bpmnProcessId: processId, variables: { amount: 5 } });
    await engine.cancelProcessInstance(created.processInstanceKey);
    const again = await rejection(engine.cancelProcessInstance(created.processInstanceKey));
    expect(isWorkflowError(again, WorkflowErrorCode.NotFound)).toBe(true);
    const record = await eventually('the termination', async () => {
      const found = await engine.history.getProcessInstance(created.processInstanceKey);
      return found?.state === 'TERMINATED' ? found : undefined;
    });
    expect(record.endDate).toBeDefined();
  });

  it('reads and moves the broker clock (controlled clock)', async () => {
    const before = await engine.clock!.now();
    const after = await engine.clock!.advance(1);
    expect(after).toBeGreaterThan(before);
    expect(isWorkflowError(await rejection(engine.clock!.advance(-1)), WorkflowErrorCode.InvalidArgument)).toBe(true);
  });
});
