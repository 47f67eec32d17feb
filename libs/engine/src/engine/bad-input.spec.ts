import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWorkflowError, MAX_VARIABLES_BYTES, WorkflowErrorCode, type WorkflowError } from '@duban/workflow';
import { bpmn, chain, dbFingerprint, deploy, flow, serviceTask, startTestEngine, takeJob, type TestEngine } from '../__tests__/test-engine.js';

async function rejection(promise: Promise<unknown>): Promise<WorkflowError> {
  try {
    await promise;
  } catch (error) {
    if (isWorkflowError(error)) return error;
    throw error;
  }
  throw new Error('expected a WorkflowError');
}

describe('bad input gets a typed error and changes nothing', () => {
  let t: TestEngine;
  const good = bpmn('good', chain(['s', '<bpmn:startEvent id="s"/>'], ['a', serviceTask('a', 'bad-input-a')], ['e', '<bpmn:endEvent id="e"/>']));

  beforeAll(async () => {
    t = await startTestEngine('badinput');
    await deploy(t.engine, 'good.bpmn', good);
  });
  afterAll(async () => t.close());

  it('rejects malformed XML with line and column', async () => {
    const before = await dbFingerprint(t);
    const xml = good.replace('<bpmn:endEvent id="e"/>', '<bpmn:endEvent id="e">');
    const error = await rejection(deploy(t.engine, 'broken.bpmn', xml));
    expect(error.code).toBe(WorkflowErrorCode.DeploymentRejected);
    expect(error.problems[0]).toMatchObject({ resourceName: 'broken.bpmn' });
    expect(error.problems[0]!.line).toBeGreaterThan(1);
    expect(error.problems[0]!.column).toBeGreaterThan(0);
    expect(await dbFingerprint(t)).toEqual(before);
  });

  it('refuses external entities and entity expansion', async () => {
    const before = await dbFingerprint(t);
    const xxe = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>${good.replace(/^<\?xml[^>]*\?>/, '')}`;
    const laughs = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>${good.replace(/^<\?xml[^>]*\?>/, '')}`;
    for (const xml of [xxe, laughs]) {
      const error = await rejection(deploy(t.engine, 'hostile.bpmn', xml));
      expect(error.code).toBe(WorkflowErrorCode.DeploymentRejected);
    }
    expect(await dbFingerprint(t)).toEqual(before);
  });

  it('names the element and the reason for unsupported elements and FEEL that does not parse', async () => {
    const before = await dbFingerprint(t);
    const xml = bpmn(
      'unsupported',
      [
        '<bpmn:startEvent id="s"/>',
        '<bpmn:complexGateway id="cx"/>',
        '<bpmn:exclusiveGateway id="gw" default="f3"/>',
        '<bpmn:endEvent id="e1"/>',
        '<bpmn:endEvent id="e2"/>',
        '<bpmn:intermediateThrowEvent id="sig"><bpmn:signalEventDefinition/></bpmn:intermediateThrowEvent>',
        flow('f1', 's', 'gw'),
        flow('f2', 'gw', 'e1', '= amount &gt;'),
        flow('f3', 'gw', 'e2'),
      ].join('\n'),
    );
    const error = await rejection(deploy(t.engine, 'unsupported.bpmn', xml));
    expect(error.code).toBe(WorkflowErrorCode.DeploymentRejected);
    const messages = error.problems.map((p) => p.message).join('\n');
    expect(messages).toMatch(/complexGateway|ComplexGateway/);
    expect(error.problems.some((p) => p.elementId === 'sig' && /SignalEventDefinition/.test(p.message))).toBe(true);
    expect(error.problems.some((p) => p.elementId === 'gw' && /does not parse/.test(p.message))).toBe(true);
    expect(await dbFingerprint(t)).toEqual(before);
  });

  it('deploys all resources of one call or none', async () => {
    const before = await dbFingerprint(t);
    const other = bpmn('other', chain(['s', '<bpmn:startEvent id="s"/>'], ['e', '<bpmn:endEvent id="e"/>']));
    const error = await rejection(
      t.engine.deployResources([
        { name: 'other.bpmn', content: other },
        { name: 'bad.bpmn', content: '<nope' },
      ]),
    );
    expect(error.code).toBe(WorkflowErrorCode.DeploymentRejected);
    expect(await dbFingerprint(t)).toEqual(before);
  });

  it('answers NOT_FOUND for unknown jobs and for completing a job twice', async () => {
    expect((await rejection(t.engine.completeJob({ jobKey: '123456789' }))).code).toBe(WorkflowErrorCode.NotFound);
    expect((await rejection(t.engine.failJob({ jobKey: '123456789', retries: 1, errorMessage: 'x' }))).code).toBe(WorkflowErrorCode.NotFound);
    expect((await rejection(t.engine.completeJob({ jobKey: 'not-a-key' }))).code).toBe(WorkflowErrorCode.InvalidArgument);
    await t.engine.createProcessInstance({ bpmnProcessId: 'good' });
    const job = await takeJob(t.engine, 'bad-input-a');
    await t.engine.completeJob({ jobKey: job.key });
    const before = await dbFingerprint(t);
    expect((await rejection(t.engine.completeJob({ jobKey: job.key }))).code).toBe(WorkflowErrorCode.NotFound);
    expect(await dbFingerprint(t)).toEqual(before);
  });

  it('refuses variables that are not a JSON object or exceed 4 MB, changing nothing', async () => {
    const created = await t.engine.createProcessInstance({ bpmnProcessId: 'good' });
    const job = await takeJob(t.engine, 'bad-input-a');
    const huge = { blob: 'x'.repeat(MAX_VARIABLES_BYTES) };
    const before = await dbFingerprint(t);
    const attempts: (() => Promise<unknown>)[] = [
      () => t.engine.createProcessInstance({ bpmnProcessId: 'good', variables: [1, 2] as never }),
      () => t.engine.createProcessInstance({ bpmnProcessId: 'good', variables: 'text' as never }),
      () => t.engine.createProcessInstance({ bpmnProcessId: 'good', variables: huge }),
      () => t.engine.completeJob({ jobKey: job.key, variables: 42 as never }),
      () => t.engine.completeJob({ jobKey: job.key, variables: huge }),
      () => t.engine.publishMessage({ name: 'm', correlationKey: 'k', variables: [] as never }),
      () => t.engine.setVariables({ elementInstanceKey: created.processInstanceKey, variables: null as never }),
      () => t.engine.setVariables({ elementInstanceKey: created.processInstanceKey, variables: huge }),
    ];
    for (const attempt of attempts) expect((await rejection(attempt())).code).toBe(WorkflowErrorCode.InvalidArgument);
    expect(await dbFingerprint(t)).toEqual(before);
    await t.engine.completeJob({ jobKey: job.key, variables: { fine: true } });
    expect((await t.engine.history.getProcessInstance(created.processInstanceKey))?.state).toBe('COMPLETED');
  });

  it('turns a FEEL failure at runtime into an incident, never a crash', async () => {
    const xml = bpmn(
      'feelfail',
      [
        '<bpmn:startEvent id="s"/>',
        '<bpmn:exclusiveGateway id="gw"/>',
        '<bpmn:endEvent id="big"/>',
        '<bpmn:endEvent id="small"/>',
        flow('f1', 's', 'gw'),
        flow('f2', 'gw', 'big', '= amount &gt; 10'),
        flow('f3', 'gw', 'small', '= amount &lt;= 10'),
      ].join('\n'),
    );
    await deploy(t.engine, 'feelfail.bpmn', xml);
    const created = await t.engine.createProcessInstance({ bpmnProcessId: 'feelfail', variables: {} });
    const [incident] = await t.engine.history.listIncidents(created.processInstanceKey);
    expect(incident).toMatchObject({ errorType: 'CONDITION_ERROR', elementId: 'gw', state: 'ACTIVE' });
    expect(incident!.errorMessage).toMatch(/amount/);
    await t.engine.setVariables({ elementInstanceKey: created.processInstanceKey, variables: { amount: 50 } });
    await t.engine.resolveIncident(incident!.key);
    const instance = await t.engine.history.getProcessInstance(created.processInstanceKey);
    expect(instance).toMatchObject({ state: 'COMPLETED', hasIncident: false });
    const path = (await t.engine.history.listElementInstances(created.processInstanceKey)).map((e) => e.elementId);
    expect(path).toEqual(['s', 'gw', 'big']);
  });
});
