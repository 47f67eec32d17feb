import type { Scenario } from '../../scenario/scenario.types.js';
import { oneOf } from '../../scenario/matchers.js';

const area = 'gateways';
const HOUR = 3_600_000;

export const gatewayScenarios: Scenario[] = [
  {
    id: 'exclusive-gateway-condition-and-default',
    title: 'an exclusive gateway takes the flow whose condition holds, else the default flow',
    area,
    deploy: ['exclusive.bpmn'],
    steps: [
      { create: { processId: 'gwExclusive_RUNID', variables: { amount: 500 } } },
      { create: { processId: 'gwExclusive_RUNID', variables: { amount: 5 }, as: 'small' } },
      { complete: 'gw.big' },
      { complete: 'gw.small' },
    ],
    expect: {
      main: { state: 'COMPLETED', completed: ['start', 'amountCheck', 'big', 'merge', 'end'] },
      small: { state: 'COMPLETED', completed: ['start', 'amountCheck', 'small', 'merge', 'end'] },
    },
  },
  {
    id: 'exclusive-gateway-no-match-incident',
    title: 'no true condition and no default flow: CONDITION_ERROR incident; fixing the variable and resolving continues',
    area,
    deploy: ['exclusive-no-match.bpmn'],
    steps: [
      { create: { processId: 'gwNoMatch_RUNID', variables: { x: 3 } } },
      { waitFor: { incident: 'CONDITION_ERROR', elementId: 'choose' } },
      { setVariables: { scope: {}, variables: { x: 2 } } },
      { resolveIncident: { elementId: 'choose' } },
      { complete: 'gw.two' },
    ],
    expect: {
      main: {
        state: 'COMPLETED',
        completed: ['start', 'choose', 'two', 'endTwo'],
        incidents: [{ errorType: 'CONDITION_ERROR', elementId: 'choose', state: 'RESOLVED' }],
      },
    },
  },
  {
    id: 'exclusive-gateway-takes-exactly-one-flow',
    title: 'when several conditions hold, an exclusive gateway still takes exactly one flow',
    area,
    deploy: ['exclusive-first-match.bpmn'],
    // Which of the true flows Zeebe takes is not documented (Zeebe 8.x took the second one here), so only
    // "exactly one" is asserted: the merge and the end run once.
    steps: [{ create: { processId: 'gwFirstMatch_RUNID', variables: { x: 5 } } }],
    expect: {
      main: {
        state: 'COMPLETED',
        completedCounts: { start: 1, choose: 1, merge: 1, end: 1 },
        variables: { via: oneOf(['A', 'B']) },
      },
    },
  },
  {
    id: 'parallel-fork-and-join',
    title: 'a parallel join waits for all three branches, whatever order they finish in, and fires once',
    area,
    deploy: ['parallel.bpmn'],
    steps: [
      { create: { processId: 'gwParallel_RUNID' } },
      { complete: 'gw.par.c', variables: { c: 3 } },
      { complete: 'gw.par.a', variables: { a: 1 } },
      { noJob: { type: 'gw.par.after', forMs: 400 } },
      { complete: 'gw.par.b', variables: { b: 2 } },
      { complete: 'gw.par.after' },
    ],
    expect: {
      main: {
        state: 'COMPLETED',
        completed: ['start', 'fork', ['a', 'b', 'c'], 'join', 'after', 'end'],
        variables: { a: 1, b: 2, c: 3 },
      },
    },
  },
  {
    id: 'parallel-join-inside-loop',
    title: 'a parallel join inside a loop joins each round afresh (a token of round 2 never completes round 1)',
    area,
    deploy: ['parallel-loop.bpmn'],
    steps: [
      { create: { processId: 'gwParallelLoop_RUNID', variables: { round: 0 } } },
      { complete: 'gw.loop.a' },
      { complete: 'gw.loop.b' },
      { complete: 'gw.loop.after', variables: { round: 1 } },
      { complete: 'gw.loop.a' },
      { noJob: { type: 'gw.loop.after', forMs: 400 } },
      { complete: 'gw.loop.b' },
      { complete: 'gw.loop.after', variables: { round: 2 } },
    ],
    expect: {
      main: {
        state: 'COMPLETED',
        completed: [
          'start', 'merge', 'fork', ['a', 'b'], 'join', 'after', 'again',
          'merge', 'fork', ['a', 'b'], 'join', 'after', 'again', 'end',
        ],
        variables: { round: 2 },
      },
    },
  },
  {
    id: 'inclusive-join-with-one-branch-skipped',
    title: 'an inclusive fork takes only the true flows; the join waits for exactly those, not the skipped one',
    area,
    deploy: ['inclusive.bpmn'],
    steps: [
      { create: { processId: 'gwInclusive_RUNID', variables: { needA: true, needB: false, needC: true } } },
      { complete: 'gw.incl.a' },
      { noJob: { type: 'gw.incl.after', forMs: 400 } },
      { complete: 'gw.incl.c' },
      { complete: 'gw.incl.after' },
      { noJob: { type: 'gw.incl.b', forMs: 100 } },
    ],
    expect: { main: { state: 'COMPLETED', completed: ['start', 'fork', ['a', 'c'], 'join', 'after', 'end'] } },
  },
  {
    id: 'inclusive-all-branches',
    title: 'an inclusive fork with every condition true behaves like a parallel fork',
    area,
    deploy: ['inclusive.bpmn'],
    steps: [
      { create: { processId: 'gwInclusive_RUNID', variables: { needA: true, needB: true, needC: true } } },
      { complete: 'gw.incl.b' },
      { complete: 'gw.incl.a' },
      { complete: 'gw.incl.c' },
      { complete: 'gw.incl.after' },
    ],
    expect: { main: { state: 'COMPLETED', completed: ['start', 'fork', ['a', 'b', 'c'], 'join', 'after', 'end'] } },
  },
  {
    id: 'inclusive-default-flow',
    title: 'an inclusive fork with no true condition takes its default flow only',
    area,
    deploy: ['inclusive-default.bpmn'],
    steps: [
      { create: { processId: 'gwInclusiveDefault_RUNID', variables: { needA: false } } },
      { complete: 'gw.incld.fallback' },
    ],
    expect: { main: { state: 'COMPLETED', completed: ['start', 'fork', 'fallback', 'endFallback'] } },
  },
  {
    id: 'inclusive-no-match-incident',
    title: 'an inclusive fork with no true condition and no default raises a CONDITION_ERROR incident',
    area,
    deploy: ['inclusive.bpmn'],
    steps: [
      { create: { processId: 'gwInclusive_RUNID', variables: { needA: false, needB: false, needC: false } } },
      { waitFor: { incident: 'CONDITION_ERROR', elementId: 'fork' } },
    ],
    expect: { main: { state: 'ACTIVE', incidents: [{ errorType: 'CONDITION_ERROR', elementId: 'fork', state: 'ACTIVE' }] } },
  },
  {
    id: 'event-based-gateway-message-wins',
    title: 'an event-based gateway follows the message that arrives first; the timer is dropped',
    area,
    deploy: ['event-based.bpmn'],
    steps: [
      { create: { processId: 'gwEventBased_RUNID', variables: { requestId: 'req-RUNID' } } },
      { waitFor: { active: 'wait' } },
      { publish: { name: 'gw-approved', correlationKey: 'req-RUNID', variables: { approvedBy: 'li' }, timeToLive: 10_000 } },
    ],
    expect: {
      main: { state: 'COMPLETED', completed: ['start', 'wait', 'approved', 'endApproved'], variables: { approvedBy: 'li' } },
    },
  },
  {
    id: 'event-based-gateway-timer-wins',
    title: 'an event-based gateway follows the timer when no message came in time; a later message is not correlated',
    area,
    deploy: ['event-based.bpmn'],
    steps: [
      { create: { processId: 'gwEventBased_RUNID', variables: { requestId: 'late-RUNID' } } },
      { waitFor: { active: 'wait' } },
      { advanceClock: HOUR - 60_000 },
      { waitFor: { active: 'wait', holdFor: 300 } },
      { advanceClock: 60_000 },
      { waitFor: { state: 'COMPLETED' } },
      { publish: { name: 'gw-approved', correlationKey: 'late-RUNID', variables: { approvedBy: 'late' } } },
    ],
    expect: {
      main: { state: 'COMPLETED', completed: ['start', 'wait', 'timeout', 'endTimeout'], absentVariables: ['approvedBy'] },
    },
  },
];
