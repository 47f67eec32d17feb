import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundary, bpmn, completedPath, deploy, flow, serviceTask, startTestEngine, type TestEngine } from '../__tests__/test-engine.js';

/** Where a BPMN error is caught, as a Zeebe 8.6.0 broker answered the same diagrams. */

const message = (name: string) =>
  `<bpmn:message id="m" name="${name}"><bpmn:extensionElements><zeebe:subscription correlationKey="=k"/></bpmn:extensionElements></bpmn:message>`;
const esp = (id: string, start: string, inner: string[]) => `<bpmn:subProcess id="${id}" triggeredByEvent="true">${start}${inner.join('')}</bpmn:subProcess>`;
const errorEnd = (id: string, errorRef: string) => `<bpmn:endEvent id="${id}"><bpmn:errorEventDefinition errorRef="${errorRef}"/></bpmn:endEvent>`;

describe('BPMN errors: event sub-processes, interrupted scopes, error codes as expressions', () => {
  let t: TestEngine;
  beforeAll(async () => {
    t = await startTestEngine('errors');
  });
  afterAll(async () => t.close());

  const state = async (key: string) => (await t.engine.history.getProcessInstance(key))?.state;

  it('offers an error thrown in a non-interrupting event sub-process to the error event sub-process of the same scope', async () => {
    const body = [
      '<bpmn:startEvent id="s"/>',
      serviceTask('t', 'errors-wait'),
      '<bpmn:endEvent id="e"/>',
      flow('f1', 's', 't'),
      flow('f2', 't', 'e'),
      esp('ping', '<bpmn:startEvent id="ping_start" isInterrupting="false"><bpmn:messageEventDefinition messageRef="m"/></bpmn:startEvent>', [errorEnd('fail', 'er'), flow('pf', 'ping_start', 'fail')]),
      esp('rescue', '<bpmn:startEvent id="rescue_start"><bpmn:errorEventDefinition errorRef="er"/></bpmn:startEvent>', ['<bpmn:endEvent id="rescued"/>', flow('rf', 'rescue_start', 'rescued')]),
    ];
    await deploy(t.engine, 'nesp.bpmn', bpmn('nesp', body.join('\n'), message('errors-ping') + '<bpmn:error id="er" errorCode="E1"/>'));
    const created = await t.engine.createProcessInstance({ bpmnProcessId: 'nesp', variables: { k: 'a' } });
    await t.engine.publishMessage({ name: 'errors-ping', correlationKey: 'a' });
    expect(await state(created.processInstanceKey)).toBe('COMPLETED');
    expect(await completedPath(t.engine, created.processInstanceKey)).toEqual(['s', 'ping_start', 'rescue', 'rescue_start', 'rescued']);
    expect(await t.engine.history.listIncidents(created.processInstanceKey)).toEqual([]);
  });

  it('ends the search at a scope an interrupting event sub-process interrupted: its boundary events are not offered', async () => {
    const sub = [
      '<bpmn:subProcess id="sub"><bpmn:startEvent id="ss"/>',
      serviceTask('t', 'errors-inner'),
      '<bpmn:endEvent id="se"/>',
      flow('sf1', 'ss', 't'),
      flow('sf2', 't', 'se'),
      esp('stop', '<bpmn:startEvent id="stop_start"><bpmn:messageEventDefinition messageRef="m"/></bpmn:startEvent>', [errorEnd('fail', 'er'), flow('xf', 'stop_start', 'fail')]),
      '</bpmn:subProcess>',
    ].join('');
    const body = [
      '<bpmn:startEvent id="s"/>',
      sub,
      boundary('caught', 'sub', '<bpmn:errorEventDefinition errorRef="er"/>', 'f3'),
      '<bpmn:endEvent id="e"/>',
      '<bpmn:endEvent id="handled"/>',
      flow('f1', 's', 'sub'),
      flow('f2', 'sub', 'e'),
      flow('f3', 'caught', 'handled'),
    ];
    await deploy(t.engine, 'iesp.bpmn', bpmn('iesp', body.join('\n'), message('errors-stop') + '<bpmn:error id="er" errorCode="E3"/>'));
    const created = await t.engine.createProcessInstance({ bpmnProcessId: 'iesp', variables: { k: 'b' } });
    await t.engine.publishMessage({ name: 'errors-stop', correlationKey: 'b' });
    expect(await state(created.processInstanceKey)).toBe('ACTIVE');
    const [incident] = await t.engine.history.listIncidents(created.processInstanceKey);
    expect(incident).toMatchObject({ errorType: 'UNHANDLED_ERROR_EVENT', elementId: 'fail', state: 'ACTIVE' });
    expect(incident!.errorMessage).toBe("Expected to throw an error event with the code 'E3', but it was not caught. No error events are available in the scope.");
  });

  it('evaluates an error end event code written as FEEL when the event is reached; a non-string is an incident', async () => {
    const sub = `<bpmn:subProcess id="sub"><bpmn:startEvent id="ss"/>${errorEnd('throw', 'thrown')}${flow('sf1', 'ss', 'throw')}</bpmn:subProcess>`;
    const body = [
      '<bpmn:startEvent id="s"/>',
      sub,
      boundary('caught', 'sub', '<bpmn:errorEventDefinition errorRef="rejected"/>', 'f3'),
      '<bpmn:endEvent id="e"/>',
      '<bpmn:endEvent id="handled"/>',
      flow('f1', 's', 'sub'),
      flow('f2', 'sub', 'e'),
      flow('f3', 'caught', 'handled'),
    ];
    const errors = '<bpmn:error id="thrown" errorCode="=kind"/><bpmn:error id="rejected" errorCode="REJECTED"/>';
    await deploy(t.engine, 'dyn.bpmn', bpmn('dyn', body.join('\n'), errors));

    const caught = await t.engine.createProcessInstance({ bpmnProcessId: 'dyn', variables: { kind: 'REJECTED' } });
    expect(await state(caught.processInstanceKey)).toBe('COMPLETED');
    expect(await completedPath(t.engine, caught.processInstanceKey)).toEqual(['s', 'ss', 'caught', 'handled']);

    const numeric = await t.engine.createProcessInstance({ bpmnProcessId: 'dyn', variables: { kind: 5 } });
    const [incident] = await t.engine.history.listIncidents(numeric.processInstanceKey);
    expect(incident).toMatchObject({ errorType: 'EXTRACT_VALUE_ERROR', elementId: 'throw' });
    expect(incident!.errorMessage).toBe("Expected result of the expression 'kind' to be 'STRING', but was 'NUMBER'.");
    await t.engine.setVariables({ elementInstanceKey: numeric.processInstanceKey, variables: { kind: 'REJECTED' } });
    await t.engine.resolveIncident(incident!.key);
    expect(await state(numeric.processInstanceKey)).toBe('COMPLETED');

    const other = await t.engine.createProcessInstance({ bpmnProcessId: 'dyn', variables: { kind: 'OTHER' } });
    const [uncaught] = await t.engine.history.listIncidents(other.processInstanceKey);
    expect(uncaught!.errorMessage).toBe("Expected to throw an error event with the code 'OTHER', but it was not caught. Available error events are [REJECTED]");
  });

  it('prefers a boundary event with the exact code over a catch-all event sub-process of the same scope', async () => {
    const sub = [
      '<bpmn:subProcess id="sub"><bpmn:startEvent id="ss"/>',
      errorEnd('throw', 'er'),
      flow('sf1', 'ss', 'throw'),
      esp('any', '<bpmn:startEvent id="any_start"><bpmn:errorEventDefinition/></bpmn:startEvent>', ['<bpmn:endEvent id="any_end"/>', flow('af', 'any_start', 'any_end')]),
      '</bpmn:subProcess>',
    ].join('');
    const body = [
      '<bpmn:startEvent id="s"/>',
      sub,
      boundary('exact', 'sub', '<bpmn:errorEventDefinition errorRef="er"/>', 'f3'),
      '<bpmn:endEvent id="e"/>',
      '<bpmn:endEvent id="handled"/>',
      flow('f1', 's', 'sub'),
      flow('f2', 'sub', 'e'),
      flow('f3', 'exact', 'handled'),
    ];
    await deploy(t.engine, 'exact.bpmn', bpmn('exactfirst', body.join('\n'), '<bpmn:error id="er" errorCode="E5"/>'));
    const created = await t.engine.createProcessInstance({ bpmnProcessId: 'exactfirst' });
    expect(await completedPath(t.engine, created.processInstanceKey)).toEqual(['s', 'ss', 'exact', 'handled']);
  });
});
