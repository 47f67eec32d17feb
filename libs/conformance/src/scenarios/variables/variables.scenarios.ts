import type { Scenario } from '../../scenario/scenario.types.js';
import { stringContaining } from '../../scenario/matchers.js';

const area = 'variables';

export const variableScenarios: Scenario[] = [
  {
    id: 'variables-propagate-to-nearest-scope',
    title: 'job variables update the nearest scope that has the name (a sub-process input) and create the rest at the root',
    area,
    deploy: ['nearest-scope.bpmn'],
    steps: [
      { create: { processId: 'varNearest_RUNID' } },
      { complete: 'var.near.count', expectJob: { variables: { counter: 0 } }, variables: { counter: 5, total: 9 } },
    ],
    expect: {
      main: {
        state: 'COMPLETED',
        completed: ['start', 'batch', 'batchStart', 'count', 'batchEnd', 'end'],
        variables: { total: 9 },
        absentVariables: ['counter'],
        localVariables: { batch: { counter: 5 } },
      },
    },
  },
  {
    id: 'variables-input-mappings-are-local',
    title: 'input mappings create local variables the job sees and the root never gets',
    area,
    deploy: ['input-mapping.bpmn'],
    steps: [
      { create: { processId: 'varInput_RUNID', variables: { customer: { name: 'Li' } } } },
      { complete: 'var.in.greet', expectJob: { variables: { name: 'Li', salutation: 'Dear Li' } }, variables: { sent: true } },
    ],
    expect: {
      main: {
        state: 'COMPLETED',
        variables: { sent: true, customer: { name: 'Li' } },
        absentVariables: ['name', 'salutation'],
        localVariables: { greet: { name: 'Li', salutation: 'Dear Li' } },
      },
    },
  },
  {
    id: 'variables-output-mappings-only-mapped-propagate',
    title: 'with output mappings, job variables stay local to the task and only the mapped targets reach the parent',
    area,
    deploy: ['output-mapping.bpmn'],
    steps: [
      { create: { processId: 'varOutput_RUNID', variables: { amount: 10 } } },
      { complete: 'var.out.pay', variables: { status: 'PAID', amount: 21, temp: 'x' } },
    ],
    expect: {
      main: {
        state: 'COMPLETED',
        variables: { paymentStatus: 'PAID', doubled: 42, amount: 10 },
        absentVariables: ['status', 'temp'],
        localVariables: { pay: { status: 'PAID', temp: 'x', amount: 21 } },
      },
    },
  },
  {
    id: 'variables-set-local-and-propagating',
    title: 'set variables: local stays on the element, non-local propagates up to the root, root-level lands at the root',
    area,
    deploy: ['set-variables.bpmn'],
    steps: [
      { create: { processId: 'varSet_RUNID' } },
      { setVariables: { scope: { elementId: 'hold' }, variables: { draft: 1 }, local: true } },
      { setVariables: { scope: { elementId: 'hold' }, variables: { note: 'n' } } },
      { setVariables: { scope: {}, variables: { y: 2 } } },
      { complete: 'var.set.hold', expectJob: { variables: { draft: 1, note: 'n', y: 2 } } },
    ],
    expect: {
      main: {
        state: 'COMPLETED',
        variables: { note: 'n', y: 2 },
        absentVariables: ['draft'],
        localVariables: { hold: { draft: 1 } },
      },
    },
  },
  {
    id: 'variables-fetch-variable',
    title: 'a worker that names fetchVariable receives only those variables',
    area,
    deploy: ['fetch-variables.bpmn'],
    steps: [
      { create: { processId: 'varFetch_RUNID', variables: { a: 1, b: 2, c: 3 } } },
      { complete: 'var.fetch.narrow', fetchVariable: ['a', 'c'], expectJob: { variables: { a: 1, c: 3 }, absentVariables: ['b'] } },
    ],
    expect: { main: { state: 'COMPLETED', variables: { a: 1, b: 2, c: 3 } } },
  },
  {
    id: 'feel-assert-failure-incident',
    title: 'a failing FEEL expression (assert) in an input mapping is an IO_MAPPING_ERROR incident; set the variable and resolve',
    area,
    deploy: ['feel-assert.bpmn'],
    steps: [
      { create: { processId: 'varAssert_RUNID' } },
      { waitFor: { incident: 'IO_MAPPING_ERROR', elementId: 'bill' } },
      { setVariables: { scope: {}, variables: { amount: 5 } } },
      { resolveIncident: { elementId: 'bill' } },
      { complete: 'var.assert.bill', expectJob: { variables: { billAmount: 5 } } },
    ],
    expect: {
      main: {
        state: 'COMPLETED',
        completed: ['start', 'bill', 'end'],
        incidents: [
          { errorType: 'IO_MAPPING_ERROR', elementId: 'bill', state: 'RESOLVED', errorMessage: stringContaining('amount is required') },
        ],
      },
    },
  },
  {
    id: 'variables-subprocess-is-no-barrier',
    title: 'a variable created inside an embedded sub-process without mappings propagates to the root',
    area,
    deploy: ['subprocess.bpmn'],
    steps: [
      { create: { processId: 'varSubprocess_RUNID' } },
      { complete: 'var.sub.check', variables: { verdict: 'ok' } },
      { complete: 'var.sub.after', expectJob: { variables: { verdict: 'ok' } } },
    ],
    expect: {
      main: {
        state: 'COMPLETED',
        completed: ['start', 'review', 'reviewStart', 'check', 'reviewEnd', 'after', 'end'],
        variables: { verdict: 'ok' },
      },
    },
  },
  {
    id: 'call-activity-variable-propagation',
    title: 'a call activity copies parent variables in and child variables out; with propagateAllChildVariables=false only outputs',
    area,
    deploy: ['call-parent.bpmn', 'call-child.bpmn'],
    steps: [
      { create: { processId: 'varCallParent_RUNID', variables: { seed: 3 } } },
      { complete: 'var.call.compute', expectJob: { variables: { seed: 3 } }, variables: { result: 'r1', extra: 'e' }, bind: 'childAll' },
      { complete: 'var.call.compute', expectJob: { variables: { seed: 30 } }, variables: { result: 'r2', extra2: 'x' }, bind: 'childMapped' },
    ],
    expect: {
      main: {
        state: 'COMPLETED',
        completed: ['start', 'callAll', 'callMapped', 'end'],
        variables: { seed: 3, result: 'r1', extra: 'e', mappedResult: 'r2' },
        absentVariables: ['extra2'],
      },
      childAll: { state: 'COMPLETED', completed: ['start', 'compute', 'end'], variables: { seed: 3, result: 'r1' } },
      childMapped: { state: 'COMPLETED', variables: { seed: 30, result: 'r2', extra2: 'x' } },
    },
  },
  {
    id: 'call-activity-called-element-expression',
    title: 'the called process id may be a FEEL expression; an unknown process id is a CALLED_ELEMENT_ERROR incident',
    area,
    deploy: ['called-element-expression.bpmn', 'call-child.bpmn'],
    steps: [
      { create: { processId: 'varCallExpr_RUNID', variables: { childProcess: 'varCallChild_RUNID' } } },
      { complete: 'var.call.compute', variables: { result: 'dyn' } },
      { create: { processId: 'varCallExpr_RUNID', variables: { childProcess: 'noSuchProcess_RUNID' }, as: 'broken' } },
      { waitFor: { instance: 'broken', incident: 'CALLED_ELEMENT_ERROR', elementId: 'callDynamic' } },
    ],
    expect: {
      main: { state: 'COMPLETED', completed: ['start', 'callDynamic', 'end'], absentVariables: ['result'] },
      broken: {
        state: 'ACTIVE',
        incidents: [{ errorType: 'CALLED_ELEMENT_ERROR', elementId: 'callDynamic', state: 'ACTIVE' }],
      },
    },
  },
  {
    id: 'message-output-mapping',
    title: 'a message catch with an output mapping keeps the message variables local and propagates only the target',
    area,
    deploy: ['message-output.bpmn'],
    steps: [
      { create: { processId: 'varMessage_RUNID', variables: { docId: 'd-RUNID' } } },
      { waitFor: { active: 'signed' } },
      { publish: { name: 'doc-signed', correlationKey: 'd-RUNID', variables: { signature: { by: 'zhao', seal: true } }, timeToLive: 60_000 } },
    ],
    expect: {
      main: { state: 'COMPLETED', completed: ['start', 'signed', 'end'], variables: { signedBy: 'zhao' }, absentVariables: ['signature'] },
    },
  },
];
