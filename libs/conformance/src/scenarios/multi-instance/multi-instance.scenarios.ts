import type { Job } from '@duban/workflow';
import type { Scenario } from '../../scenario/scenario.types.js';

const area = 'multi-instance';
const itemIs = (name: string, value: unknown) => (job: Job) => job.variables[name] === value;

export const multiInstanceScenarios: Scenario[] = [
  {
    id: 'multi-instance-parallel-output-collection',
    title: 'a parallel multi-instance task collects outputs in input order, whatever order the jobs finish in',
    area,
    deploy: ['parallel-output.bpmn'],
    steps: [
      { create: { processId: 'miParallel_RUNID', variables: { words: ['yi', 'er', 'san'] } } },
      { complete: 'mi.par.translate', where: itemIs('word', 'san'), variables: { translation: 'SAN' } },
      { complete: 'mi.par.translate', where: itemIs('word', 'yi'), variables: { translation: 'YI' } },
      { complete: 'mi.par.translate', where: itemIs('word', 'er'), variables: { translation: 'ER' } },
    ],
    expect: {
      main: {
        state: 'COMPLETED',
        completed: ['start', 'translate', 'translate', 'translate', 'end'],
        variables: { translations: ['YI', 'ER', 'SAN'] },
        // The input element, the loop counter and the output element are local to each inner instance.
        absentVariables: ['word', 'loopCounter', 'translation'],
      },
    },
  },
  {
    id: 'multi-instance-sequential-loop-counter',
    title: 'a sequential multi-instance task runs one element at a time with loopCounter 1, 2, 3',
    area,
    deploy: ['sequential.bpmn'],
    steps: [
      { create: { processId: 'miSequential_RUNID', variables: { stops: [5, 6, 7] } } },
      { inspect: 'mi.seq.visit', expectJob: { variables: { stop: 5, loopCounter: 1 } } },
      { noJob: { type: 'mi.seq.visit', forMs: 300 } },
      { complete: 'mi.seq.visit' },
      { complete: 'mi.seq.visit', expectJob: { variables: { stop: 6, loopCounter: 2 } } },
      { complete: 'mi.seq.visit', expectJob: { variables: { stop: 7, loopCounter: 3 } } },
    ],
    expect: {
      main: {
        state: 'COMPLETED',
        completed: ['start', 'visit', 'visit', 'visit', 'end'],
        variables: { visited: [15, 26, 37] },
        absentVariables: ['stop', 'loopCounter'],
      },
    },
  },
  {
    id: 'multi-instance-completion-condition',
    title: 'a completion condition (2 of 5 answered) completes a parallel body early and terminates the rest',
    area,
    deploy: ['completion-condition.bpmn'],
    steps: [
      { create: { processId: 'miCompletion_RUNID', variables: { reviewers: ['r1', 'r2', 'r3', 'r4', 'r5'] } } },
      { complete: 'mi.cc.ask', where: itemIs('reviewer', 'r2'), variables: { answer: 'yes' } },
      { complete: 'mi.cc.ask', where: itemIs('reviewer', 'r4'), variables: { answer: 'no' } },
      { complete: 'mi.cc.decide' },
      { noJob: { type: 'mi.cc.ask', forMs: 200 } },
    ],
    expect: {
      main: {
        state: 'COMPLETED',
        completed: ['start', 'ask', 'ask', 'decide', 'end'],
        terminated: ['ask', 'ask', 'ask'],
        variables: { answers: [null, 'yes', null, 'no', null] },
      },
    },
  },
  {
    id: 'multi-instance-empty-collection',
    title: 'an empty input collection completes the body at once with an empty output collection',
    area,
    deploy: ['empty-collection.bpmn'],
    steps: [
      { create: { processId: 'miEmpty_RUNID', variables: { items: [] } } },
      { complete: 'mi.empty.after' },
      { noJob: { type: 'mi.empty.each', forMs: 100 } },
    ],
    expect: { main: { state: 'COMPLETED', completed: ['start', 'after', 'end'], variables: { results: [] } } },
  },
  {
    id: 'multi-instance-subprocess',
    title: 'a parallel multi-instance embedded sub-process runs its inner flow once per element',
    area,
    deploy: ['subprocess.bpmn'],
    steps: [
      { create: { processId: 'miSubprocess_RUNID', variables: { units: ['u1', 'u2'] } } },
      { complete: 'mi.sub.assign', where: itemIs('unit', 'u2') },
      { complete: 'mi.sub.assign', where: itemIs('unit', 'u1') },
      { complete: 'mi.sub.confirm', where: itemIs('unit', 'u1'), variables: { receipt: 'u1-ok' } },
      { complete: 'mi.sub.confirm', where: itemIs('unit', 'u2'), variables: { receipt: 'u2-ok' } },
    ],
    expect: {
      main: {
        state: 'COMPLETED',
        completed: [
          'start',
          ['perUnit', 'perUnit', 'unitStart', 'unitStart', 'assign', 'assign', 'confirm', 'confirm', 'unitEnd', 'unitEnd'],
          'end',
        ],
        variables: { receipts: ['u1-ok', 'u2-ok'] },
        absentVariables: ['unit', 'receipt'],
      },
    },
  },
  {
    id: 'multi-instance-call-activity',
    title: 'a sequential multi-instance call activity starts one child per element and collects each child result',
    area,
    deploy: ['call-activity-parent.bpmn', 'call-activity-child.bpmn'],
    steps: [
      { create: { processId: 'miCallParent_RUNID', variables: { cases: ['c1', 'c2'] } } },
      { complete: 'mi.call.handle', expectJob: { variables: { case: 'c1' } }, variables: { outcome: 'c1 done' }, bind: 'firstChild' },
      { complete: 'mi.call.handle', expectJob: { variables: { case: 'c2' } }, variables: { outcome: 'c2 done' } },
    ],
    expect: {
      main: {
        state: 'COMPLETED',
        completed: ['start', 'perCase', 'perCase', 'end'],
        variables: { outcomes: ['c1 done', 'c2 done'] },
      },
      firstChild: { state: 'COMPLETED', completed: ['start', 'handleCase', 'end'], variables: { case: 'c1', outcome: 'c1 done' } },
    },
  },
  {
    id: 'multi-instance-input-not-a-list-incident',
    title: 'an input collection that is not a list is an EXTRACT_VALUE_ERROR incident; fixing the variable and resolving goes on',
    area,
    deploy: ['not-a-list.bpmn'],
    steps: [
      { create: { processId: 'miNotList_RUNID', variables: { items: 'abc' } } },
      { waitFor: { incident: 'EXTRACT_VALUE_ERROR', elementId: 'each' } },
      { setVariables: { scope: {}, variables: { items: ['x'] } } },
      { resolveIncident: { elementId: 'each' } },
      { complete: 'mi.nl.each', expectJob: { variables: { item: 'x' } } },
    ],
    expect: {
      main: {
        state: 'COMPLETED',
        completed: ['start', 'each', 'end'],
        incidents: [{ errorType: 'EXTRACT_VALUE_ERROR', elementId: 'each', state: 'RESOLVED' }],
      },
    },
  },
];
