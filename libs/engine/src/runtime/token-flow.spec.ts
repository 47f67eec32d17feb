import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundary, bpmn, completedPath, deploy, flow, rootVariables, serviceTask, startTestEngine, takeJob, type TestEngine } from '../__tests__/test-engine.js';

describe('token flow: gateways, scopes, multi-instance, call activities, errors', () => {
  let t: TestEngine;
  beforeAll(async () => {
    t = await startTestEngine('tokens');
  });
  afterAll(async () => t.close());

  const state = async (key: string) => (await t.engine.history.getProcessInstance(key))?.state;

  it('joins an inclusive gateway after only the taken branches arrived', async () => {
    const body = [
      '<bpmn:startEvent id="s"/>',
      '<bpmn:inclusiveGateway id="fork"/>',
      serviceTask('a', 'incl-a'),
      serviceTask('b', 'incl-b'),
      '<bpmn:inclusiveGateway id="join"/>',
      '<bpmn:endEvent id="e"/>',
      flow('f0', 's', 'fork'),
      flow('fa', 'fork', 'a', '= wantA'),
      flow('fb', 'fork', 'b', '= wantB'),
      flow('fa2', 'a', 'join'),
      flow('fb2', 'b', 'join'),
      flow('fe', 'join', 'e'),
    ].join('\n');
    await deploy(t.engine, 'incl.bpmn', bpmn('incl', body));
    const created = await t.engine.createProcessInstance({ bpmnProcessId: 'incl', variables: { wantA: true, wantB: false } });
    await t.engine.completeJob({ jobKey: (await takeJob(t.engine, 'incl-a')).key });
    expect(await state(created.processInstanceKey)).toBe('COMPLETED');
    expect(await completedPath(t.engine, created.processInstanceKey)).toEqual(['s', 'fork', 'a', 'join', 'e']);
  });

  it('waits at a parallel join for every branch, also inside a loop', async () => {
    const body = [
      '<bpmn:startEvent id="s"/>',
      '<bpmn:exclusiveGateway id="loop"/>',
      '<bpmn:parallelGateway id="split"/>',
      serviceTask('a', 'par-a', '<zeebe:ioMapping><zeebe:output source="=round + 1" target="round"/></zeebe:ioMapping>'),
      serviceTask('b', 'par-b'),
      '<bpmn:parallelGateway id="merge"/>',
      '<bpmn:exclusiveGateway id="again" default="done"/>',
      '<bpmn:endEvent id="e"/>',
      flow('f0', 's', 'loop'),
      flow('f1', 'loop', 'split'),
      flow('f2', 'split', 'a'),
      flow('f3', 'split', 'b'),
      flow('f4', 'a', 'merge'),
      flow('f5', 'b', 'merge'),
      flow('f6', 'merge', 'again'),
      flow('back', 'again', 'loop', '= round &lt; 2'),
      flow('done', 'again', 'e'),
    ].join('\n');
    await deploy(t.engine, 'par.bpmn', bpmn('par', body));
    const created = await t.engine.createProcessInstance({ bpmnProcessId: 'par', variables: { round: 0 } });
    for (let round = 0; round < 2; round += 1) {
      await t.engine.completeJob({ jobKey: (await takeJob(t.engine, 'par-a')).key });
      expect(await state(created.processInstanceKey)).toBe('ACTIVE');
      await t.engine.completeJob({ jobKey: (await takeJob(t.engine, 'par-b')).key });
    }
    expect(await state(created.processInstanceKey)).toBe('COMPLETED');
    expect((await completedPath(t.engine, created.processInstanceKey)).filter((id) => id === 'merge')).toHaveLength(2);
    expect(await rootVariables(t.engine, created.processInstanceKey)).toEqual({ round: 2 });
  });

  it('collects a parallel multi-instance output and keeps inner variables local', async () => {
    const task = serviceTask('each', 'mi-each').replace(
      '</bpmn:serviceTask>',
      '<bpmn:multiInstanceLoopCharacteristics><bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="=items" inputElement="item" outputCollection="results" outputElement="=result"/></bpmn:extensionElements></bpmn:multiInstanceLoopCharacteristics></bpmn:serviceTask>',
    );
    await deploy(t.engine, 'mi.bpmn', bpmn('mi', [`<bpmn:startEvent id="s"/>`, task, '<bpmn:endEvent id="e"/>', flow('f1', 's', 'each'), flow('f2', 'each', 'e')].join('\n')));
    const created = await t.engine.createProcessInstance({ bpmnProcessId: 'mi', variables: { items: [1, 2, 3] } });
    const jobs = await t.engine.activateJobs({ type: 'mi-each', worker: 'w', maxJobsToActivate: 10, timeout: 10_000 });
    expect(jobs.map((job) => [job.variables.item, job.variables.loopCounter]).sort()).toEqual([[1, 1], [2, 2], [3, 3]]);
    for (const job of [...jobs].reverse()) await t.engine.completeJob({ jobKey: job.key, variables: { result: (job.variables.item as number) * 10 } });
    expect(await state(created.processInstanceKey)).toBe('COMPLETED');
    expect(await rootVariables(t.engine, created.processInstanceKey)).toEqual({ items: [1, 2, 3], results: [10, 20, 30] });
  });

  it('takes an input mapping source without = as a string value, as Zeebe does', async () => {
    const task = serviceTask('t', 'static-input', '<zeebe:ioMapping><zeebe:input source="abc" target="y"/><zeebe:input source="12" target="z"/></zeebe:ioMapping>');
    await deploy(t.engine, 'static.bpmn', bpmn('staticinput', ['<bpmn:startEvent id="s"/>', task, '<bpmn:endEvent id="e"/>', flow('f1', 's', 't'), flow('f2', 't', 'e')].join('\n')));
    await t.engine.createProcessInstance({ bpmnProcessId: 'staticinput', variables: { abc: 'variable' } });
    const job = await takeJob(t.engine, 'static-input');
    expect(job.variables).toEqual({ abc: 'variable', y: 'abc', z: '12' });
    await t.engine.completeJob({ jobKey: job.key });
  });

  it('catches an error thrown in a called process on the call activity', async () => {
    await deploy(t.engine, 'child.bpmn', bpmn('child', [`<bpmn:startEvent id="cs"/>`, serviceTask('risky', 'call-risky'), '<bpmn:endEvent id="ce"/>', flow('c1', 'cs', 'risky'), flow('c2', 'risky', 'ce')].join('\n')));
    const parent = [
      '<bpmn:startEvent id="s"/>',
      '<bpmn:callActivity id="call"><bpmn:extensionElements><zeebe:calledElement processId="child"/></bpmn:extensionElements></bpmn:callActivity>',
      boundary('failed', 'call', '<bpmn:errorEventDefinition errorRef="err"/>', 'f3'),
      '<bpmn:endEvent id="ok"/>',
      '<bpmn:endEvent id="handled"/>',
      flow('f1', 's', 'call'),
      flow('f2', 'call', 'ok'),
      flow('f3', 'failed', 'handled'),
    ].join('\n');
    await deploy(t.engine, 'parent.bpmn', bpmn('parent', parent, '<bpmn:error id="err" errorCode="REJECTED"/>'));
    const created = await t.engine.createProcessInstance({ bpmnProcessId: 'parent', variables: { x: 1 } });
    const job = await takeJob(t.engine, 'call-risky');
    expect(job.variables).toEqual({ x: 1 });
    await t.engine.throwError({ jobKey: job.key, errorCode: 'REJECTED', errorMessage: 'no' });
    expect(await state(created.processInstanceKey)).toBe('COMPLETED');
    expect(await completedPath(t.engine, created.processInstanceKey)).toEqual(['s', 'failed', 'handled']);
    expect(await state(job.processInstanceKey)).toBe('TERMINATED');
  });
});
