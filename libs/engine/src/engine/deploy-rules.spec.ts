import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWorkflowError, WorkflowErrorCode, type WorkflowError } from '@duban/workflow';
import { boundary, bpmn, dbFingerprint, deploy, flow, serviceTask, startTestEngine, type TestEngine } from '../__tests__/test-engine.js';

/** Each case was deployed to a Zeebe 8.6.0 broker, which refused it with the message quoted here. */

const timer = (kind: string, value: string) => `<bpmn:timerEventDefinition><bpmn:${kind}>${value}</bpmn:${kind}></bpmn:timerEventDefinition>`;
const message = (id: string, name: string, key = '=k') =>
  `<bpmn:message id="${id}" name="${name}"><bpmn:extensionElements><zeebe:subscription correlationKey="${key}"/></bpmn:extensionElements></bpmn:message>`;
const esp = (id: string, start: string) =>
  `<bpmn:subProcess id="${id}" triggeredByEvent="true">${start}<bpmn:endEvent id="${id}_end"/>${flow(`${id}_f`, `${id}_start`, `${id}_end`)}</bpmn:subProcess>`;
/** start → task t → end, plus extra elements and definitions. */
const around = (id: string, extra: string[], definitions = '') =>
  bpmn(id, ['<bpmn:startEvent id="s"/>', serviceTask('t', 'rules-t'), '<bpmn:endEvent id="e"/>', flow('f1', 's', 't'), flow('f2', 't', 'e'), ...extra].join('\n'), definitions);
const line = (id: string, middle: string) =>
  bpmn(id, ['<bpmn:startEvent id="s"/>', middle, '<bpmn:endEvent id="e"/>', flow('f1', 's', 'm'), flow('f2', 'm', 'e')].join('\n'));

const CASES: [label: string, xml: string, elementId: string, message: RegExp][] = [
  ['a boundary event without outgoing flow', around('p1', [`<bpmn:boundaryEvent id="b" attachedToRef="t">${timer('timeDuration', 'PT1H')}</bpmn:boundaryEvent>`]), 'b', /Must have at least one outgoing sequence flow/],
  [
    'a boundary flow not listed as <bpmn:outgoing>',
    around('p2', [`<bpmn:boundaryEvent id="b" attachedToRef="t">${timer('timeDuration', 'PT1H')}</bpmn:boundaryEvent>`, '<bpmn:endEvent id="late"/>', flow('f3', 'b', 'late')]),
    'b',
    /not listed as <bpmn:outgoing>/,
  ],
  ['an interrupting timer cycle on a boundary', around('p3', [boundary('b', 't', timer('timeCycle', 'R3/PT1H'), 'f3'), '<bpmn:endEvent id="x"/>', flow('f3', 'b', 'x')]), 'b', /Interrupting timer event with time cycle/],
  ['an intermediate timer with a cycle', line('p4', `<bpmn:intermediateCatchEvent id="m">${timer('timeCycle', 'R2/PT1H')}</bpmn:intermediateCatchEvent>`), 'm', /either a time duration or a time date/],
  [
    'two boundary events for one message name',
    around('p5', [boundary('b1', 't', '<bpmn:messageEventDefinition messageRef="m1"/>', 'f3'), boundary('b2', 't', '<bpmn:messageEventDefinition messageRef="m2"/>', 'f4', ' cancelActivity="false"'), '<bpmn:endEvent id="x1"/>', '<bpmn:endEvent id="x2"/>', flow('f3', 'b1', 'x1'), flow('f4', 'b2', 'x2')], message('m1', 'same') + message('m2', 'same')),
    't',
    /Multiple message event definitions with the same name 'same'/,
  ],
  [
    'two error catch-alls on one activity',
    around('p6', [boundary('b1', 't', '<bpmn:errorEventDefinition/>', 'f3'), boundary('b2', 't', '<bpmn:errorEventDefinition/>', 'f4'), '<bpmn:endEvent id="x1"/>', '<bpmn:endEvent id="x2"/>', flow('f3', 'b1', 'x1'), flow('f4', 'b2', 'x2')]),
    't',
    /more than one error catch event without error code/,
  ],
  ['two event sub-processes for one error code', around('p7', [esp('a', '<bpmn:startEvent id="a_start"><bpmn:errorEventDefinition errorRef="er"/></bpmn:startEvent>'), esp('b', '<bpmn:startEvent id="b_start"><bpmn:errorEventDefinition errorRef="er"/></bpmn:startEvent>')], '<bpmn:error id="er" errorCode="X"/>'), 'p7', /same error code 'X'/],
  ['an error catch with an expression as code', around('p8', [boundary('b', 't', '<bpmn:errorEventDefinition errorRef="er"/>', 'f3'), '<bpmn:endEvent id="x"/>', flow('f3', 'b', 'x')], '<bpmn:error id="er" errorCode="=code"/>'), 'b', /not allowed to be an expression/],
  ['a non-interrupting error event sub-process', around('p9', [esp('n', '<bpmn:startEvent id="n_start" isInterrupting="false"><bpmn:errorEventDefinition errorRef="er"/></bpmn:startEvent>')], '<bpmn:error id="er" errorCode="X"/>'), 'n_start', /Non-Interrupting event of this type is not allowed/],
  ['a static correlation key', line('p10', '<bpmn:intermediateCatchEvent id="m"><bpmn:messageEventDefinition messageRef="m1"/></bpmn:intermediateCatchEvent>').replace('</bpmn:definitions>', `${message('m1', 'n', 'fixed')}</bpmn:definitions>`), 'm', /found static value 'fixed'/],
  ['a static input collection', line('p11', serviceTask('m', 'x').replace('</bpmn:serviceTask>', '<bpmn:multiInstanceLoopCharacteristics><bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="items"/></bpmn:extensionElements></bpmn:multiInstanceLoopCharacteristics></bpmn:serviceTask>')), 'm', /found static value 'items'/],
  ['a static output mapping source', line('p12', serviceTask('m', 'x', '<zeebe:ioMapping><zeebe:output source="abc" target="y"/></zeebe:ioMapping>')), 'm', /found static value 'abc'/],
  ['a mapping target that is not a path', line('p13', serviceTask('m', 'x', '<zeebe:ioMapping><zeebe:input source="=1" target="a-b"/></zeebe:ioMapping>')), 'm', /Expected path expression 'a-b'/],
  ['a static due date that is no date-time', line('p14', '<bpmn:userTask id="m"><bpmn:extensionElements><zeebe:taskSchedule dueDate="tomorrow"/></bpmn:extensionElements></bpmn:userTask>'), 'm', /valid DateTime String/],
  ['static candidate groups with a blank entry', line('p15', '<bpmn:userTask id="m"><bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="a,,b"/></bpmn:extensionElements></bpmn:userTask>'), 'm', /list of comma-separated values/],
  [
    'a default flow of another element',
    bpmn('p16', ['<bpmn:startEvent id="s"/>', '<bpmn:exclusiveGateway id="g" default="f1"/>', '<bpmn:endEvent id="e"/>', '<bpmn:endEvent id="e2"/>', flow('f1', 's', 'g'), flow('f2', 'g', 'e', '=true'), flow('f3', 'g', 'e2', '=false')].join('\n')),
    'g',
    /Default flow must start at gateway/,
  ],
  [
    'a message start name that needs variables',
    bpmn('p17', ['<bpmn:startEvent id="s"><bpmn:messageEventDefinition messageRef="m1"/></bpmn:startEvent>', '<bpmn:endEvent id="e"/>', flow('f1', 's', 'e')].join('\n'), '<bpmn:message id="m1" name="=foo.bar"/>'),
    's',
    /constant expression of type String for message name '=foo.bar', but was NULL/,
  ],
];

describe('deploy-time rules of Zeebe 8.6: refused with the element id, nothing stored', () => {
  let t: TestEngine;
  beforeAll(async () => {
    t = await startTestEngine('deployrules');
  });
  afterAll(async () => t.close());

  it.each(CASES)('refuses %s', async (_label, xml, elementId, message) => {
    const before = await dbFingerprint(t);
    const error = await deploy(t.engine, 'rules.bpmn', xml).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(isWorkflowError(error, WorkflowErrorCode.DeploymentRejected)).toBe(true);
    const problems = (error as WorkflowError).problems;
    expect(problems.filter((problem) => problem.elementId === elementId).map((problem) => problem.message)).toContainEqual(expect.stringMatching(message));
    expect(await dbFingerprint(t)).toEqual(before);
  });

  it('still deploys the same shapes written the way Zeebe accepts them', async () => {
    const fine = around(
      'fine',
      [
        boundary('b1', 't', timer('timeCycle', 'R3/PT1H'), 'f3', ' cancelActivity="false"'),
        boundary('b2', 't', '<bpmn:errorEventDefinition errorRef="er"/>', 'f4'),
        '<bpmn:endEvent id="x1"/>',
        '<bpmn:endEvent id="x2"><bpmn:errorEventDefinition errorRef="thrown"/></bpmn:endEvent>',
        flow('f3', 'b1', 'x1'),
        flow('f4', 'b2', 'x2'),
      ],
      '<bpmn:error id="er" errorCode="X"/><bpmn:error id="thrown" errorCode="=kind + &quot;-FAILED&quot;"/>',
    );
    await expect(deploy(t.engine, 'fine.bpmn', fine)).resolves.toMatchObject({ processes: [{ bpmnProcessId: 'fine', version: 1 }] });
  });
});
