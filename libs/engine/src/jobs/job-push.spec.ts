import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Job } from '@duban/workflow';
import { bpmn, chain, deploy, serviceTask, startTestEngine, waitFor, type TestEngine } from '../__tests__/test-engine.js';

describe('job push: new jobs go straight to a local worker with free capacity', () => {
  let t: TestEngine;
  beforeAll(async () => {
    t = await startTestEngine('jobpush');
    await deploy(t.engine, 'push.bpmn', bpmn('push', chain(['s', '<bpmn:startEvent id="s"/>'], ['work', serviceTask('work', 'push-work')], ['e', '<bpmn:endEvent id="e"/>'])));
  });
  afterAll(async () => t.close());

  const jobRow = async (processInstanceKey: string) =>
    (await t.pool.query<{ state: string; worker: string | null; deadline: string | null }>(`select state, worker, deadline from "${t.schema}".job where process_instance_key = $1`, [processInstanceKey])).rows[0];

  it('writes the job activated for the worker in the creating transaction and hands it over after commit', async () => {
    const received: Job[] = [];
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    // a long poll interval: the job cannot arrive by polling within the test
    const worker = t.engine.createWorker({
      taskType: 'push-work',
      worker: 'pusher',
      timeout: 30_000,
      pollInterval: 60_000,
      maxJobsToActivate: 1,
      fetchVariable: ['wanted'],
      taskHandler: async (job) => {
        received.push(job);
        await held;
        return job.complete({ done: true });
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 50)); // the worker's first (empty) poll
    const first = await t.engine.createProcessInstance({ bpmnProcessId: 'push', variables: { wanted: 1, other: 2 } });
    expect(await jobRow(first.processInstanceKey)).toMatchObject({ state: 'ACTIVATED', worker: 'pusher', deadline: String(t.clock.now() + 30_000) });
    await waitFor(async () => received.length === 1);
    expect(received[0]).toMatchObject({ processInstanceKey: first.processInstanceKey, worker: 'pusher', variables: { wanted: 1 } });

    // at capacity: the next job is left for activation
    const second = await t.engine.createProcessInstance({ bpmnProcessId: 'push', variables: { wanted: 3 } });
    expect(await jobRow(second.processInstanceKey)).toMatchObject({ state: 'CREATED', worker: null });
    release();
    await waitFor(async () => (await t.engine.history.getProcessInstance(second.processInstanceKey))?.state === 'COMPLETED');
    await worker.close();
    expect(received.map((job) => job.processInstanceKey)).toEqual([first.processInstanceKey, second.processInstanceKey]);
    const events = await t.pool.query<{ state: string }>(`select state from "${t.schema}".job_event where process_instance_key = $1 order by id`, [first.processInstanceKey]);
    expect(events.rows.map((row) => row.state)).toEqual(['CREATED', 'ACTIVATED', 'COMPLETED']);
  });

  it('pushes nothing to a worker of other tenants', async () => {
    const worker = t.engine.createWorker({ taskType: 'push-work', tenantIds: ['elsewhere'], pollInterval: 60_000, taskHandler: (job) => job.complete() });
    const created = await t.engine.createProcessInstance({ bpmnProcessId: 'push' });
    expect(await jobRow(created.processInstanceKey)).toMatchObject({ state: 'CREATED' });
    await worker.close();
    await t.engine.cancelProcessInstance(created.processInstanceKey);
  });
});
