import { USER_TASK_JOB_TYPE, WorkflowErrorCode } from '@duban/workflow';
import type { Scenario } from '../../scenario/scenario.types.js';

const area = 'basics';

export const basicsScenarios: Scenario[] = [
  {
    id: 'service-tasks-in-sequence',
    title: 'service tasks run one after the other; job variables land in the root scope',
    area,
    deploy: ['service-tasks.bpmn'],
    steps: [
      { create: { processId: 'basicServiceTasks_RUNID', variables: { x: 1 } } },
      { complete: 'basics.a', variables: { a: 1 }, expectJob: { elementId: 'taskA', variables: { x: 1 }, retries: 3 } },
      { complete: 'basics.b', variables: { b: 2 }, expectJob: { elementId: 'taskB', variables: { x: 1, a: 1 } } },
    ],
    expect: { main: { state: 'COMPLETED', completed: ['start', 'taskA', 'taskB', 'end'], variables: { x: 1, a: 1, b: 2 } } },
  },
  {
    id: 'manual-task-and-none-throw-pass-through',
    title: 'a manual task and a none intermediate throw event complete at once',
    area,
    deploy: ['pass-through.bpmn'],
    steps: [{ create: { processId: 'basicPassThrough_RUNID' } }, { complete: 'basics.pass' }],
    expect: { main: { state: 'COMPLETED', completed: ['start', 'manual', 'milestone', 'check', 'end'] } },
  },
  {
    id: 'send-task-is-a-job',
    title: 'a send task creates a job like a service task, with its custom headers',
    area,
    deploy: ['send-task.bpmn'],
    steps: [
      { create: { processId: 'basicSendTask_RUNID' } },
      { complete: 'basics.send', variables: { sent: true }, expectJob: { customHeaders: { channel: 'sms' } } },
    ],
    expect: { main: { state: 'COMPLETED', completed: ['start', 'notify', 'end'], variables: { sent: true } } },
  },
  {
    id: 'script-task-feel',
    title: 'script tasks evaluate FEEL and store the result variable',
    area,
    deploy: ['script-task.bpmn'],
    steps: [{ create: { processId: 'basicScript_RUNID', variables: { a: 4, b: 7, name: 'duban' } } }],
    expect: {
      main: {
        state: 'COMPLETED',
        completed: ['start', 'sum', 'shout', 'summary', 'end'],
        variables: { total: 11, greeting: 'DUBAN!', summary: { total: 11, items: [4, 7], big: true } },
      },
    },
  },
  {
    id: 'terminate-end-event',
    title: 'a terminate end event terminates the other branch and completes the instance',
    area,
    deploy: ['terminate-end.bpmn'],
    steps: [
      { create: { processId: 'basicTerminate_RUNID' } },
      { waitFor: { active: 'slow' } },
      { complete: 'basics.fast' },
    ],
    expect: {
      main: { state: 'COMPLETED', completed: ['start', 'fork', 'fast', 'terminate'], terminated: ['slow'] },
    },
  },
  {
    id: 'instance-completes-after-last-token',
    title: 'with two none end events the instance completes only when both branches ended',
    area,
    deploy: ['tokens-end.bpmn'],
    steps: [
      { create: { processId: 'basicTokens_RUNID' } },
      { complete: 'basics.left' },
      { waitFor: { completed: 'leftEnd' } },
      { waitFor: { state: 'ACTIVE', holdFor: 300 } },
      { complete: 'basics.right' },
    ],
    expect: {
      main: { state: 'COMPLETED', completed: ['start', 'fork', ['left', 'right', 'leftEnd'], 'rightEnd'] },
    },
  },
  {
    id: 'versions-per-process-id',
    title: 'a changed resource gets the next version, an identical one keeps it; running instances stay on theirs',
    area,
    deploy: ['versioning-v1.bpmn'],
    steps: [
      { create: { processId: 'basicVersioning_RUNID', as: 'old' } },
      { deploy: ['versioning-v2.bpmn'], expectVersion: { basicVersioning_RUNID: 2 } },
      { deploy: ['versioning-v2.bpmn'], expectVersion: { basicVersioning_RUNID: 2 } },
      { create: { processId: 'basicVersioning_RUNID', as: 'new' } },
      { create: { processId: 'basicVersioning_RUNID', version: 1, as: 'pinned' } },
      { complete: 'basics.v2' },
      { complete: 'basics.v1' },
      { complete: 'basics.v1' },
    ],
    expect: {
      old: { state: 'COMPLETED', completed: ['start', 'taskV1', 'end'] },
      new: { state: 'COMPLETED', completed: ['start', 'taskV2', 'end'] },
      pinned: { state: 'COMPLETED', completed: ['start', 'taskV1', 'end'] },
    },
  },
  {
    id: 'unknown-process-is-not-found',
    title: 'creating an instance of a process id never deployed is rejected with NOT_FOUND',
    area,
    deploy: [],
    steps: [{ create: { processId: 'neverDeployed_RUNID' }, expectError: WorkflowErrorCode.NotFound }],
    expect: {},
  },
  {
    id: 'cancel-instance',
    title: 'cancelling an instance terminates every active element, jobs included',
    area,
    deploy: ['cancel.bpmn'],
    steps: [
      { create: { processId: 'basicCancel_RUNID' } },
      { inspect: USER_TASK_JOB_TYPE },
      { inspect: 'basics.work' },
      { cancel: 'main' },
      { waitFor: { state: 'TERMINATED' } },
      { noJob: { type: 'basics.work', forMs: 300 } },
    ],
    expect: { main: { state: 'TERMINATED', completed: ['start', 'fork'], terminated: ['work', 'review'] } },
  },
];
