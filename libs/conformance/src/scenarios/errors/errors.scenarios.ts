import type { Scenario } from '../../scenario/scenario.types.js';
import { stringContaining } from '../../scenario/matchers.js';

const area = 'errors';

export const errorScenarios: Scenario[] = [
  {
    id: 'error-boundary-catches-job-error',
    title: 'a BPMN error thrown by a job is caught by the matching error boundary; its variables stay local to the catch event',
    area,
    deploy: ['boundary-on-task.bpmn'],
    steps: [
      { create: { processId: 'errBoundary_RUNID' } },
      { throwError: 'err.charge', errorCode: 'CARD_DECLINED', errorMessage: 'card declined', variables: { declineReason: 'expired' } },
      { complete: 'err.fallback' },
    ],
    expect: {
      main: {
        state: 'COMPLETED',
        completed: ['start', 'declined', 'fallback', 'endFallback'],
        terminated: ['charge'],
        absentVariables: ['declineReason'],
        localVariables: { declined: { declineReason: 'expired' } },
      },
    },
  },
  {
    id: 'error-code-must-match',
    title: 'an error code no catch event matches is an UNHANDLED_ERROR_EVENT incident on the task',
    area,
    deploy: ['boundary-on-task.bpmn'],
    steps: [
      { create: { processId: 'errBoundary_RUNID' } },
      { throwError: 'err.charge', errorCode: 'SOMETHING_ELSE', errorMessage: 'not the declined card' },
      { waitFor: { incident: 'UNHANDLED_ERROR_EVENT', elementId: 'charge' } },
    ],
    expect: {
      main: {
        state: 'ACTIVE',
        completed: ['start'],
        incidents: [{ errorType: 'UNHANDLED_ERROR_EVENT', elementId: 'charge', state: 'ACTIVE', errorMessage: stringContaining('SOMETHING_ELSE') }],
      },
    },
  },
  {
    id: 'error-catch-all-boundary',
    title: 'an error boundary without an error reference catches any error code',
    area,
    deploy: ['catch-all.bpmn'],
    steps: [
      { create: { processId: 'errCatchAll_RUNID' } },
      { throwError: 'err.all.charge', errorCode: 'WHATEVER' },
    ],
    expect: { main: { state: 'COMPLETED', completed: ['start', 'anyError', 'endError'], terminated: ['charge'] } },
  },
  {
    id: 'error-end-event-caught-on-subprocess',
    title: 'an error end event inside a sub-process is caught by the boundary on that sub-process',
    area,
    deploy: ['end-event-in-subprocess.bpmn'],
    steps: [
      { create: { processId: 'errSubprocess_RUNID', variables: { amount: 5 }, as: 'valid' } },
      { create: { processId: 'errSubprocess_RUNID', variables: { amount: -1 } } },
      { complete: 'err.sub.reject' },
    ],
    expect: {
      valid: { state: 'COMPLETED', completed: ['start', 'check', 'checkStart', 'valid', 'checkEnd', 'end'] },
      main: {
        state: 'COMPLETED',
        completed: ['start', 'checkStart', 'valid', 'rejected', 'reject', 'endRejected'],
        terminated: ['check', 'invalid'],
      },
    },
  },
  {
    id: 'error-uncaught-job-error-incident',
    title: 'a job error with no catch event anywhere becomes an UNHANDLED_ERROR_EVENT incident',
    area,
    deploy: ['uncaught.bpmn'],
    steps: [
      { create: { processId: 'errUncaught_RUNID' } },
      { throwError: 'err.unc.charge', errorCode: 'NOBODY_CATCHES' },
      { waitFor: { incident: 'UNHANDLED_ERROR_EVENT', elementId: 'charge' } },
    ],
    expect: {
      main: { state: 'ACTIVE', incidents: [{ errorType: 'UNHANDLED_ERROR_EVENT', elementId: 'charge', state: 'ACTIVE' }] },
    },
  },
  {
    id: 'error-uncaught-end-event-incident',
    title: 'an error end event with no catch event becomes an UNHANDLED_ERROR_EVENT incident on the end event',
    area,
    deploy: ['uncaught-end-event.bpmn'],
    steps: [
      { create: { processId: 'errUncaughtEnd_RUNID' } },
      { waitFor: { incident: 'UNHANDLED_ERROR_EVENT', elementId: 'fail' } },
    ],
    expect: {
      main: { state: 'ACTIVE', completed: ['start'], incidents: [{ errorType: 'UNHANDLED_ERROR_EVENT', elementId: 'fail', state: 'ACTIVE' }] },
    },
  },
  {
    id: 'error-crosses-call-activity',
    title: 'an error uncaught in the called process is caught by the boundary on the call activity; an output mapping carries its variable',
    area,
    deploy: ['call-parent.bpmn', 'call-child.bpmn'],
    steps: [
      { create: { processId: 'errCallParent_RUNID' } },
      { throwError: 'err.call.work', errorCode: 'CHILD_FAILED', variables: { failure: 'no data' }, bind: 'child' },
      { complete: 'err.call.recover', expectJob: { variables: { failureReason: 'no data' }, absentVariables: ['failure'] } },
    ],
    expect: {
      main: {
        state: 'COMPLETED',
        completed: ['start', 'childFailed', 'recover', 'endRecovered'],
        terminated: ['callChild'],
        variables: { failureReason: 'no data' },
        absentVariables: ['failure'],
      },
      child: { state: 'TERMINATED', completed: ['start'], terminated: ['childWork'] },
    },
  },
  {
    id: 'error-boundary-on-multi-instance-body',
    title: 'an error from one multi-instance element is caught on the body: every other element is terminated',
    area,
    deploy: ['boundary-on-multi-instance.bpmn'],
    steps: [
      { create: { processId: 'errMulti_RUNID', variables: { units: ['a', 'b', 'c'] } } },
      { complete: 'err.mi.notify', where: (job) => job.variables.unit === 'a' },
      { throwError: 'err.mi.notify', errorCode: 'UNREACHABLE', where: (job) => job.variables.unit === 'b' },
      { complete: 'err.mi.report' },
      { noJob: { type: 'err.mi.notify', forMs: 200 } },
    ],
    expect: {
      main: {
        state: 'COMPLETED',
        completed: ['start', 'notify', 'notifyFailed', 'report', 'endReported'],
        terminated: ['notify', 'notify'],
      },
    },
  },
  {
    id: 'error-event-subprocess',
    title: 'an error event sub-process catches an error thrown in its scope and interrupts it',
    area,
    deploy: ['event-subprocess-error.bpmn'],
    steps: [
      { create: { processId: 'errEventSub_RUNID' } },
      { throwError: 'err.esp.work', errorCode: 'BROKEN' },
      { complete: 'err.esp.repair' },
    ],
    expect: {
      main: {
        state: 'COMPLETED',
        completed: ['start', 'onError', 'onErrorStart', 'repair', 'onErrorEnd'],
        terminated: ['work'],
      },
    },
  },
];
