import { USER_TASK_JOB_TYPE, UserTaskHeader } from '@duban/workflow';
import type { Scenario } from '../../scenario/scenario.types.js';
import { jsonArrayString, sameInstant } from '../../scenario/matchers.js';

const area = 'user-tasks';
const DAY = 24 * 3_600_000;

export const userTaskScenarios: Scenario[] = [
  {
    id: 'user-task-job-headers',
    title: 'a job-worker user task is a job of type io.camunda.zeebe:userTask carrying assignee, candidates, dates and form key',
    area,
    deploy: ['static-headers.bpmn'],
    steps: [
      { create: { processId: 'utStatic_RUNID', variables: { item: 7 } } },
      {
        complete: USER_TASK_JOB_TYPE,
        variables: { registered: true },
        expectJob: {
          elementId: 'register',
          variables: { item: 7 },
          customHeaders: {
            [UserTaskHeader.assignee]: 'zhang',
            [UserTaskHeader.candidateGroups]: jsonArrayString(['dcs', 'leaders']),
            [UserTaskHeader.candidateUsers]: jsonArrayString(['li', 'wang']),
            [UserTaskHeader.dueDate]: sameInstant('2026-12-31T12:00:00+08:00'),
            [UserTaskHeader.followUpDate]: sameInstant('2026-12-24T09:00:00+08:00'),
            [UserTaskHeader.formKey]: 'duban:form:register',
            stage: 'register',
          },
        },
      },
    ],
    expect: { main: { state: 'COMPLETED', completed: ['start', 'register', 'end'], variables: { registered: true } } },
  },
  {
    id: 'user-task-feel-assignment',
    title: 'assignee, candidate groups (a FEEL list) and due date may be FEEL expressions evaluated at activation',
    area,
    deploy: ['feel-assignment.bpmn'],
    steps: [
      { create: { processId: 'utFeel_RUNID', variables: { owner: 'wu', groups: ['office', 'dcs'], deadline: '2027-01-15T17:00:00+08:00' } } },
      {
        complete: USER_TASK_JOB_TYPE,
        expectJob: {
          elementId: 'approve',
          customHeaders: {
            [UserTaskHeader.assignee]: 'wu',
            [UserTaskHeader.candidateGroups]: jsonArrayString(['office', 'dcs']),
            [UserTaskHeader.dueDate]: sameInstant('2027-01-15T17:00:00+08:00'),
          },
        },
      },
    ],
    expect: { main: { state: 'COMPLETED', completed: ['start', 'approve', 'end'] } },
  },
  {
    id: 'user-task-escalation-by-timer',
    title: 'an overdue user task (P3D interrupting timer) is withdrawn and an escalation task for the leaders appears',
    area,
    deploy: ['escalation.bpmn'],
    steps: [
      { create: { processId: 'utEscalation_RUNID', variables: { handler: 'zhou' } } },
      { inspect: USER_TASK_JOB_TYPE, elementId: 'handle', expectJob: { customHeaders: { [UserTaskHeader.assignee]: 'zhou' } } },
      { advanceClock: 3 * DAY - 60_000 },
      { waitFor: { active: 'handle', holdFor: 300 } },
      { advanceClock: 60_000 },
      {
        complete: USER_TASK_JOB_TYPE,
        elementId: 'escalated',
        expectJob: { customHeaders: { [UserTaskHeader.candidateGroups]: jsonArrayString(['leaders']) } },
      },
    ],
    expect: {
      main: { state: 'COMPLETED', completed: ['start', 'overdue', 'escalated', 'endEscalated'], terminated: ['handle'] },
    },
  },
  {
    id: 'user-task-multi-instance-countersign',
    title: 'a parallel multi-instance user task gives each signer a task assigned by the input element',
    area,
    deploy: ['multi-instance.bpmn'],
    steps: [
      { create: { processId: 'utMulti_RUNID', variables: { signers: ['sun', 'qian'] } } },
      {
        complete: USER_TASK_JOB_TYPE,
        where: (job) => job.customHeaders[UserTaskHeader.assignee] === 'qian',
        variables: { opinion: 'agree' },
      },
      {
        complete: USER_TASK_JOB_TYPE,
        where: (job) => job.customHeaders[UserTaskHeader.assignee] === 'sun',
        variables: { opinion: 'revise' },
      },
    ],
    expect: {
      main: {
        state: 'COMPLETED',
        completed: ['start', 'countersign', 'countersign', 'end'],
        variables: { opinions: ['revise', 'agree'] },
        absentVariables: ['opinion', 'signer'],
      },
    },
  },
];
