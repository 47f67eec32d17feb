import type { Scenario } from '../../scenario/scenario.types.js';
import { stringContaining } from '../../scenario/matchers.js';

const area = 'jobs';
const HOUR = 3_600_000;

export const jobScenarios: Scenario[] = [
  {
    id: 'job-retries-incident-update-and-resolve',
    title: 'failing a job to 0 retries raises JOB_NO_RETRIES; updating retries and resolving the incident makes it workable again',
    area,
    deploy: ['retries.bpmn'],
    steps: [
      { create: { processId: 'jobRetries_RUNID' } },
      { fail: 'job.retry.transfer', retries: 1, errorMessage: 'bank offline', expectJob: { retries: 2 } },
      { fail: 'job.retry.transfer', retries: 0, errorMessage: 'bank still offline', expectJob: { retries: 1 } },
      { waitFor: { incident: 'JOB_NO_RETRIES', elementId: 'transfer' } },
      { noJob: { type: 'job.retry.transfer', forMs: 300 } },
      { updateRetries: { elementId: 'transfer', retries: 1 } },
      { resolveIncident: { elementId: 'transfer' } },
      { complete: 'job.retry.transfer', expectJob: { retries: 1 }, variables: { transferred: true } },
    ],
    expect: {
      main: {
        state: 'COMPLETED',
        completed: ['start', 'transfer', 'end'],
        variables: { transferred: true },
        incidents: [
          { errorType: 'JOB_NO_RETRIES', elementId: 'transfer', state: 'RESOLVED', errorMessage: stringContaining('bank still offline') },
        ],
      },
    },
  },
  {
    id: 'job-fail-with-retry-backoff',
    title: 'a job failed with a retry back-off is not activatable until the back-off has passed on the engine clock',
    area,
    deploy: ['backoff.bpmn'],
    steps: [
      { create: { processId: 'jobBackoff_RUNID' } },
      { fail: 'job.backoff.sync', retries: 2, errorMessage: 'rate limited', retryBackOff: HOUR },
      { noJob: { type: 'job.backoff.sync', forMs: 500 } },
      { advanceClock: HOUR },
      { complete: 'job.backoff.sync', expectJob: { retries: 2 } },
    ],
    expect: { main: { state: 'COMPLETED', completed: ['start', 'sync', 'end'] } },
  },
  {
    id: 'worker-handler-throws-fails-the-job',
    title: 'a worker whose handler throws fails the job with retries - 1; at 0 an incident carries the message',
    area,
    deploy: ['worker-throws.bpmn'],
    steps: [
      { create: { processId: 'jobWorkerThrows_RUNID' } },
      { worker: { type: 'job.worker.fragile', behaviour: 'throw' } },
      { waitFor: { incident: 'JOB_NO_RETRIES', elementId: 'fragile' } },
    ],
    expect: {
      main: {
        state: 'ACTIVE',
        incidents: [
          { errorType: 'JOB_NO_RETRIES', elementId: 'fragile', state: 'ACTIVE', errorMessage: stringContaining('handler failed on purpose') },
        ],
      },
    },
  },
  {
    id: 'worker-completes-jobs',
    title: 'a job worker created through the port picks up and completes every job of its type',
    area,
    deploy: ['worker-completes.bpmn'],
    steps: [
      { create: { processId: 'jobWorkerCompletes_RUNID' } },
      { worker: { type: 'job.worker.auto', behaviour: 'complete', variables: { handled: true } } },
      { waitFor: { state: 'COMPLETED' } },
    ],
    expect: { main: { state: 'COMPLETED', completed: ['start', 'auto1', 'auto2', 'end'], variables: { handled: true } } },
  },
  {
    id: 'job-type-and-retries-from-feel',
    title: 'job type and retries may be FEEL expressions evaluated when the task activates',
    area,
    deploy: ['expressions.bpmn'],
    steps: [
      { create: { processId: 'jobExpressions_RUNID', variables: { kind: 'fast', tries: 5 } } },
      { complete: 'job.expr.fast', expectJob: { retries: 5, elementId: 'dynamic' } },
    ],
    expect: { main: { state: 'COMPLETED', completed: ['start', 'dynamic', 'end'] } },
  },
];
