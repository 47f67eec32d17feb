import { USER_TASK_JOB_TYPE, WorkflowErrorCode } from '@duban/workflow';
import type { Scenario } from '../../scenario/scenario.types.js';

const area = 'messages';
const TTL = 60_000;

export const messageScenarios: Scenario[] = [
  {
    id: 'message-intermediate-catch',
    title: 'an intermediate message catch correlates by the key evaluated from its variable; message variables reach the root',
    area,
    deploy: ['intermediate-catch.bpmn'],
    steps: [
      { create: { processId: 'msgCatch_RUNID', variables: { orderId: 'o-RUNID' } } },
      { waitFor: { active: 'paid' } },
      { publish: { name: 'order-paid', correlationKey: 'o-RUNID', variables: { paidAmount: 99 }, timeToLive: TTL } },
    ],
    expect: { main: { state: 'COMPLETED', completed: ['start', 'paid', 'end'], variables: { paidAmount: 99 } } },
  },
  {
    id: 'message-ttl-buffer-before-subscription',
    title: 'a message published before its subscription exists is buffered for its TTL and correlates when the catch opens',
    area,
    deploy: ['intermediate-catch.bpmn'],
    steps: [
      { publish: { name: 'order-paid', correlationKey: 'early-RUNID', variables: { paidAmount: 12 }, timeToLive: TTL } },
      { create: { processId: 'msgCatch_RUNID', variables: { orderId: 'early-RUNID' } } },
    ],
    expect: { main: { state: 'COMPLETED', completed: ['start', 'paid', 'end'], variables: { paidAmount: 12 } } },
  },
  {
    id: 'message-ttl-zero-is-not-buffered',
    title: 'a message with TTL 0 and no open subscription is dropped; only the later one correlates',
    area,
    deploy: ['intermediate-catch.bpmn'],
    steps: [
      { publish: { name: 'order-paid', correlationKey: 'zero-RUNID', variables: { source: 'early' }, timeToLive: 0 } },
      { create: { processId: 'msgCatch_RUNID', variables: { orderId: 'zero-RUNID' } } },
      { waitFor: { active: 'paid', holdFor: 400 } },
      { publish: { name: 'order-paid', correlationKey: 'zero-RUNID', variables: { source: 'late' }, timeToLive: TTL } },
    ],
    expect: { main: { state: 'COMPLETED', completed: ['start', 'paid', 'end'], variables: { source: 'late' } } },
  },
  {
    id: 'message-id-deduplication',
    title: 'publishing a second message with the same message id while the first is buffered is rejected (ALREADY_EXISTS)',
    area,
    deploy: ['intermediate-catch.bpmn'],
    steps: [
      { publish: { name: 'order-paid', correlationKey: 'dup-RUNID', variables: { copy: 1 }, timeToLive: TTL, messageId: 'pay-RUNID' } },
      {
        publish: { name: 'order-paid', correlationKey: 'dup-RUNID', variables: { copy: 2 }, timeToLive: TTL, messageId: 'pay-RUNID' },
        expectError: WorkflowErrorCode.AlreadyExists,
      },
      { create: { processId: 'msgCatch_RUNID', variables: { orderId: 'dup-RUNID' } } },
    ],
    expect: { main: { state: 'COMPLETED', completed: ['start', 'paid', 'end'], variables: { copy: 1 } } },
  },
  {
    id: 'message-correlates-once-per-process',
    title: 'a buffered message correlates to one instance of a process only; a second instance keeps waiting',
    area,
    deploy: ['intermediate-catch.bpmn'],
    steps: [
      { publish: { name: 'order-paid', correlationKey: 'once-RUNID', variables: { paidAmount: 5 }, timeToLive: TTL } },
      { create: { processId: 'msgCatch_RUNID', variables: { orderId: 'once-RUNID' } } },
      { waitFor: { state: 'COMPLETED' } },
      { create: { processId: 'msgCatch_RUNID', variables: { orderId: 'once-RUNID' }, as: 'second' } },
      { waitFor: { instance: 'second', active: 'paid', holdFor: 500 } },
    ],
    expect: {
      main: { state: 'COMPLETED', completed: ['start', 'paid', 'end'], variables: { paidAmount: 5 } },
      second: { state: 'ACTIVE', completed: ['start'], absentVariables: ['paidAmount'] },
    },
  },
  {
    id: 'message-buffer-first-published-first-correlated',
    title: 'two buffered messages for one key correlate in publishing order; output mappings keep message variables local',
    area,
    deploy: ['two-catches.bpmn'],
    steps: [
      { publish: { name: 'step-done', correlationKey: 'fifo-RUNID', variables: { n: 1 }, timeToLive: TTL } },
      { publish: { name: 'step-done', correlationKey: 'fifo-RUNID', variables: { n: 2 }, timeToLive: TTL } },
      { create: { processId: 'msgTwoCatches_RUNID', variables: { key: 'fifo-RUNID' } } },
    ],
    expect: {
      main: {
        state: 'COMPLETED',
        completed: ['start', 'first', 'second', 'end'],
        variables: { firstN: 1, secondN: 2 },
        absentVariables: ['n'],
      },
    },
  },
  {
    id: 'message-start-event',
    title: 'a message start event creates an instance carrying the message variables',
    area,
    deploy: ['message-start.bpmn'],
    steps: [
      { publish: { name: 'doc-received-RUNID', correlationKey: '', variables: { docNo: 'D-1' } } },
      { complete: 'msg.start.register', bind: 'main', expectJob: { variables: { docNo: 'D-1' } } },
    ],
    expect: { main: { state: 'COMPLETED', completed: ['start', 'register', 'end'], variables: { docNo: 'D-1' } } },
  },
  {
    id: 'message-start-one-active-instance-per-key',
    title: 'a second start message with the same correlation key waits until the first instance has ended',
    area,
    deploy: ['message-start-release.bpmn'],
    steps: [
      { publish: { name: 'case-opened-RUNID', correlationKey: 'case-RUNID', variables: { n: 1, caseId: 'case-RUNID' }, timeToLive: TTL } },
      { publish: { name: 'case-opened-RUNID', correlationKey: 'case-RUNID', variables: { n: 2, caseId: 'case-RUNID' }, timeToLive: TTL } },
      { complete: 'msg.key.register', bind: 'first', expectJob: { variables: { n: 1 } } },
      { waitFor: { instance: 'first', active: 'release' } },
      { noJob: { type: 'msg.key.register', forMs: 600 } },
      { publish: { name: 'case-released', correlationKey: 'case-RUNID', variables: { released: 1 }, timeToLive: TTL } },
      { complete: 'msg.key.register', bind: 'second', expectJob: { variables: { n: 2 } } },
      { waitFor: { instance: 'second', active: 'release' } },
      { publish: { name: 'case-released', correlationKey: 'case-RUNID', variables: { released: 2 }, timeToLive: TTL } },
    ],
    expect: {
      first: { state: 'COMPLETED', completed: ['start', 'register', 'release', 'end'], variables: { n: 1, released: 1 } },
      second: { state: 'COMPLETED', completed: ['start', 'register', 'release', 'end'], variables: { n: 2, released: 2 } },
    },
  },
  {
    id: 'receive-task',
    title: 'a receive task waits for its message like a catch event',
    area,
    deploy: ['receive-task.bpmn'],
    steps: [
      { create: { processId: 'msgReceive_RUNID', variables: { ticket: 't-RUNID' } } },
      { waitFor: { active: 'awaitReply' } },
      { publish: { name: 'reply-received', correlationKey: 't-RUNID', variables: { reply: 'ok' }, timeToLive: TTL } },
    ],
    expect: { main: { state: 'COMPLETED', completed: ['start', 'awaitReply', 'end'], variables: { reply: 'ok' } } },
  },
  {
    id: 'message-boundary-interrupting',
    title: 'an interrupting message boundary cancels the task (its job is gone) and takes its own path',
    area,
    deploy: ['boundary-interrupting.bpmn'],
    steps: [
      { create: { processId: 'msgBoundary_RUNID', variables: { itemId: 'i-RUNID' } } },
      { inspect: 'msg.b.work' },
      { publish: { name: 'item-withdrawn', correlationKey: 'i-RUNID', timeToLive: TTL } },
      { waitFor: { state: 'COMPLETED' } },
      { noJob: { type: 'msg.b.work', forMs: 200 } },
    ],
    expect: { main: { state: 'COMPLETED', completed: ['start', 'withdrawn', 'endWithdrawn'], terminated: ['work'] } },
  },
  {
    id: 'message-boundary-non-interrupting',
    title: 'a non-interrupting message boundary fires per message while the user task stays open',
    area,
    deploy: ['boundary-non-interrupting.bpmn'],
    steps: [
      { create: { processId: 'msgBoundaryNi_RUNID', variables: { itemId: 'u-RUNID' } } },
      { waitFor: { active: 'handle' } },
      { publish: { name: 'item-urged', correlationKey: 'u-RUNID', variables: { urge: 1 }, timeToLive: TTL } },
      { complete: 'msg.bni.notify' },
      { publish: { name: 'item-urged', correlationKey: 'u-RUNID', variables: { urge: 2 }, timeToLive: TTL } },
      { complete: 'msg.bni.notify' },
      { complete: USER_TASK_JOB_TYPE, variables: { handled: true } },
    ],
    expect: {
      main: {
        state: 'COMPLETED',
        completed: ['start', 'handle', 'urged', 'notify', 'endUrged', 'urged', 'notify', 'endUrged', 'end'],
        variables: { handled: true, urge: 2 },
      },
    },
  },
  {
    id: 'message-correlation-key-fixed-at-activation',
    title: 'the correlation key is evaluated when the catch activates; changing the variable later does not move it',
    area,
    deploy: ['intermediate-catch.bpmn'],
    steps: [
      { create: { processId: 'msgCatch_RUNID', variables: { orderId: 'a-RUNID' } } },
      { waitFor: { active: 'paid' } },
      { setVariables: { scope: {}, variables: { orderId: 'b-RUNID' } } },
      { publish: { name: 'order-paid', correlationKey: 'b-RUNID', variables: { via: 'b' }, timeToLive: 0 } },
      { waitFor: { active: 'paid', holdFor: 400 } },
      { publish: { name: 'order-paid', correlationKey: 'a-RUNID', variables: { via: 'a' }, timeToLive: TTL } },
    ],
    expect: { main: { state: 'COMPLETED', completed: ['start', 'paid', 'end'], variables: { via: 'a', orderId: 'b-RUNID' } } },
  },
  {
    id: 'event-subprocess-message-interrupting',
    title: 'an interrupting message event sub-process terminates the running task and completes the instance',
    area,
    deploy: ['event-subprocess-message.bpmn'],
    steps: [
      { create: { processId: 'msgEventSub_RUNID', variables: { itemId: 'x-RUNID' } } },
      { waitFor: { active: 'work' } },
      { publish: { name: 'item-aborted', correlationKey: 'x-RUNID', variables: { reason: 'duplicate' }, timeToLive: TTL } },
      { complete: 'msg.esp.cleanup', expectJob: { variables: { reason: 'duplicate' } } },
    ],
    expect: {
      main: { state: 'COMPLETED', completed: ['start', 'abort', 'abortStart', 'cleanup', 'abortEnd'], terminated: ['work'] },
    },
  },
  {
    id: 'event-subprocess-message-non-interrupting',
    title: 'a non-interrupting message event sub-process runs once per message while the main flow continues',
    area,
    deploy: ['event-subprocess-message-ni.bpmn'],
    steps: [
      { create: { processId: 'msgEventSubNi_RUNID', variables: { itemId: 'n-RUNID' } } },
      { waitFor: { active: 'work' } },
      { publish: { name: 'item-noted', correlationKey: 'n-RUNID', variables: { note: 'first' }, timeToLive: TTL } },
      { waitFor: { completed: 'note', count: 1 } },
      { publish: { name: 'item-noted', correlationKey: 'n-RUNID', variables: { note: 'second' }, timeToLive: TTL } },
      { waitFor: { completed: 'note', count: 2 } },
      { complete: 'msg.espn.work' },
    ],
    expect: {
      main: {
        state: 'COMPLETED',
        completed: ['start', 'work', 'note', 'noteStart', 'noteEnd', 'note', 'noteStart', 'noteEnd', 'end'],
        variables: { note: 'second' },
      },
    },
  },
];
