import { USER_TASK_JOB_TYPE } from '@duban/workflow';
import type { Scenario } from '../../scenario/scenario.types.js';

const area = 'timers';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const timerScenarios: Scenario[] = [
  {
    id: 'timer-intermediate-duration-never-early',
    title: 'an intermediate timer (PT10M) has not fired after 5 minutes and fires once 10 minutes have passed',
    area,
    deploy: ['intermediate-duration.bpmn'],
    steps: [
      { create: { processId: 'tmDuration_RUNID' } },
      { waitFor: { active: 'wait' } },
      { advanceClock: 5 * MINUTE },
      { waitFor: { active: 'wait', holdFor: 400 } },
      { noJob: { type: 'tm.dur.after', forMs: 100 } },
      { advanceClock: 5 * MINUTE },
      { complete: 'tm.dur.after' },
    ],
    expect: { main: { state: 'COMPLETED', completed: ['start', 'wait', 'after', 'end'] } },
  },
  {
    id: 'timer-date-expression',
    title: 'a timeDate from FEEL (now() + 2 hours, on the engine clock) fires at that date, not before',
    area,
    deploy: ['intermediate-date.bpmn'],
    steps: [
      { create: { processId: 'tmDate_RUNID' } },
      { waitFor: { active: 'wait' } },
      { advanceClock: HOUR },
      { waitFor: { active: 'wait', holdFor: 400 } },
      { advanceClock: HOUR + 1_000 },
      { complete: 'tm.date.after' },
    ],
    expect: { main: { state: 'COMPLETED', completed: ['start', 'wait', 'after', 'end'] } },
  },
  {
    id: 'timer-boundary-interrupting',
    title: 'an interrupting timer boundary (duration from a variable) cancels the task and its job; a task done in time is not touched',
    area,
    deploy: ['boundary-interrupting.bpmn'],
    steps: [
      { create: { processId: 'tmBoundary_RUNID', variables: { limit: 'PT1H' }, as: 'quick' } },
      { complete: 'tm.b.work' },
      { waitFor: { instance: 'quick', state: 'COMPLETED' } },
      { create: { processId: 'tmBoundary_RUNID', variables: { limit: 'PT1H' } } },
      { waitFor: { active: 'work' } },
      { advanceClock: HOUR },
      { complete: 'tm.b.escalate' },
      { noJob: { type: 'tm.b.work', forMs: 200 } },
    ],
    expect: {
      quick: { state: 'COMPLETED', completed: ['start', 'work', 'end'] },
      main: { state: 'COMPLETED', completed: ['start', 'deadline', 'escalate', 'endEscalated'], terminated: ['work'] },
    },
  },
  {
    id: 'timer-cycle-non-interrupting-three-times',
    title: 'a non-interrupting R3/PT1H boundary fires three times (once per hour, never a fourth) before the task completes',
    area,
    deploy: ['boundary-cycle.bpmn'],
    steps: [
      { create: { processId: 'tmCycle_RUNID' } },
      { waitFor: { active: 'review' } },
      { advanceClock: HOUR },
      { waitFor: { completed: 'remindEnd', count: 1, holdFor: 200 } },
      { advanceClock: HOUR },
      { waitFor: { completed: 'remindEnd', count: 2, holdFor: 200 } },
      { advanceClock: HOUR },
      { waitFor: { completed: 'remindEnd', count: 3 } },
      { advanceClock: HOUR },
      { waitFor: { completed: 'remindEnd', count: 3, holdFor: 400 } },
      { complete: USER_TASK_JOB_TYPE, variables: { reviewed: true } },
    ],
    expect: {
      main: {
        state: 'COMPLETED',
        completed: [
          'start', 'review',
          'remind', 'reminded', 'remindEnd',
          'remind', 'reminded', 'remindEnd',
          'remind', 'reminded', 'remindEnd',
          'end',
        ],
        variables: { reviewed: true },
      },
    },
  },
  {
    id: 'timer-cycle-cron',
    title: 'a cron cycle (every full hour) on a non-interrupting boundary fires once per hour passed',
    area,
    deploy: ['boundary-cron.bpmn'],
    steps: [
      { create: { processId: 'tmCron_RUNID' } },
      { waitFor: { active: 'review' } },
      { advanceClock: HOUR },
      { waitFor: { completed: 'hourlyEnd', count: 1, holdFor: 300 } },
      { advanceClock: HOUR },
      { waitFor: { completed: 'hourlyEnd', count: 2, holdFor: 300 } },
      { complete: USER_TASK_JOB_TYPE },
    ],
    expect: {
      main: { state: 'COMPLETED', completed: ['start', 'review', 'hourly', 'hourlyEnd', 'hourly', 'hourlyEnd', 'end'] },
    },
  },
  {
    id: 'timer-start-event',
    title: 'a timer start event (R1/PT1H) creates one instance an hour after deployment',
    area,
    deploy: ['timer-start.bpmn'],
    steps: [
      { noJob: { type: 'tm.start.work', forMs: 300 } },
      { advanceClock: HOUR },
      { complete: 'tm.start.work', bind: 'main' },
      { advanceClock: HOUR },
      { noJob: { type: 'tm.start.work', forMs: 500 } },
    ],
    expect: { main: { state: 'COMPLETED', completed: ['start', 'work', 'end'] } },
  },
  {
    id: 'event-subprocess-timer-non-interrupting',
    title: 'a non-interrupting timer event sub-process runs beside the main flow, which goes on',
    area,
    deploy: ['event-subprocess-timer.bpmn'],
    steps: [
      { create: { processId: 'tmEventSub_RUNID' } },
      { waitFor: { active: 'review' } },
      { advanceClock: HOUR },
      { complete: 'tm.esp.remind', variables: { reminded: true } },
      { waitFor: { completed: 'reminder' } },
      { complete: USER_TASK_JOB_TYPE },
    ],
    expect: {
      main: {
        state: 'COMPLETED',
        completed: ['start', 'review', 'reminder', 'reminderStart', 'remind', 'reminderEnd', 'end'],
        variables: { reminded: true },
      },
    },
  },
  {
    id: 'event-subprocess-timer-interrupting',
    title: 'an interrupting timer event sub-process terminates the main flow and completes the instance',
    area,
    deploy: ['event-subprocess-timer-interrupting.bpmn'],
    steps: [
      { create: { processId: 'tmEventSubInt_RUNID' } },
      { waitFor: { active: 'work' } },
      { advanceClock: HOUR },
      { complete: 'tm.espi.close' },
      { noJob: { type: 'tm.espi.work', forMs: 200 } },
    ],
    expect: {
      main: { state: 'COMPLETED', completed: ['start', 'expire', 'expireStart', 'close', 'expireEnd'], terminated: ['work'] },
    },
  },
];
