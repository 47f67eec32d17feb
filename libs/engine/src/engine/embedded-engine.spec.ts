import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedEngine } from '../index.js';
import { bpmn, chain, completedPath, DATABASE_URL, deploy, rootVariables, serviceTask, startTestEngine, takeJob, waitFor, type TestEngine } from '../__tests__/test-engine.js';

describe('embedded engine: a straight line of service tasks', () => {
  let t: TestEngine;
  beforeAll(async () => {
    t = await startTestEngine('engine');
  });
  afterAll(async () => t.close());

  const xml = bpmn(
    'line',
    chain(
      ['start', '<bpmn:startEvent id="start"/>'],
      ['a', serviceTask('a', 'step-a')],
      ['b', serviceTask('b', 'step-b', '<zeebe:taskHeaders><zeebe:header key="k" value="v"/></zeebe:taskHeaders>')],
      ['end', '<bpmn:endEvent id="end"/>'],
    ),
  );

  it('deploys with versions per process id and keeps the version of an identical resource', async () => {
    const first = await deploy(t.engine, 'line.bpmn', xml);
    const again = await deploy(t.engine, 'line.bpmn', xml);
    expect(first.processes[0]).toMatchObject({ bpmnProcessId: 'line', version: 1, tenantId: '<default>' });
    expect(again.processes[0]!.version).toBe(1);
    expect(again.processes[0]!.processDefinitionKey).toBe(first.processes[0]!.processDefinitionKey);
    const changed = await deploy(t.engine, 'line.bpmn', xml.replace('step-b', 'step-b2'));
    expect(changed.processes[0]!.version).toBe(2);
    await deploy(t.engine, 'line.bpmn', xml);
  });

  it('runs jobs through to the end, merging job variables into the root scope', async () => {
    const created = await t.engine.createProcessInstance({ bpmnProcessId: 'line', variables: { n: 1 } });
    const a = await takeJob(t.engine, 'step-a');
    expect(a.variables).toEqual({ n: 1 });
    expect(a.processInstanceKey).toBe(created.processInstanceKey);
    await t.engine.completeJob({ jobKey: a.key, variables: { fromA: true } });
    const b = await takeJob(t.engine, 'step-b');
    expect(b.customHeaders).toEqual({ k: 'v' });
    expect(b.variables).toEqual({ n: 1, fromA: true });
    await t.engine.completeJob({ jobKey: b.key, variables: { n: 2 } });
    const instance = await t.engine.history.getProcessInstance(created.processInstanceKey);
    expect(instance?.state).toBe('COMPLETED');
    expect(await completedPath(t.engine, created.processInstanceKey)).toEqual(['start', 'a', 'b', 'end']);
    expect(await rootVariables(t.engine, created.processInstanceKey)).toEqual({ n: 2, fromA: true });
  });

  it('runs a worker that completes jobs', async () => {
    const worker = t.engine.createWorker({ taskType: 'step-a', taskHandler: (job) => job.complete({ viaWorker: 1 }), pollInterval: 50 });
    const worker2 = t.engine.createWorker({ taskType: 'step-b', taskHandler: (job) => job.complete(), pollInterval: 50 });
    const created = await t.engine.createProcessInstance({ bpmnProcessId: 'line' });
    await waitFor(async () => (await t.engine.history.getProcessInstance(created.processInstanceKey))?.state === 'COMPLETED');
    await worker.close();
    await worker2.close();
    expect(await rootVariables(t.engine, created.processInstanceKey)).toEqual({ viaWorker: 1 });
  });

  it('starts instances on the version another engine process deployed (it remembers latest versions only until told)', async () => {
    const other = await createEmbeddedEngine({ connectionString: DATABASE_URL, schema: t.schema, clock: t.clock, runScheduler: false });
    try {
      const v1 = await deploy(t.engine, 'shared.bpmn', bpmn('shared', chain(['s', '<bpmn:startEvent id="s"/>'], ['e', '<bpmn:endEvent id="e"/>'])));
      await waitFor(async () => (await other.createProcessInstance({ bpmnProcessId: 'shared' })).version === v1.processes[0]!.version);
      const v2 = await deploy(t.engine, 'shared.bpmn', bpmn('shared', chain(['s', '<bpmn:startEvent id="s"/>'], ['x', '<bpmn:manualTask id="x"/>'], ['e', '<bpmn:endEvent id="e"/>'])));
      await waitFor(async () => (await other.createProcessInstance({ bpmnProcessId: 'shared' })).version === v2.processes[0]!.version, 2000);
      // the deploying process never answers with the previous version
      expect((await t.engine.createProcessInstance({ bpmnProcessId: 'shared' })).version).toBe(2);
    } finally {
      await other.close();
    }
  });
});
