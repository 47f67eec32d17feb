import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundary, bpmn, chain, completedPath, deploy, flow, serviceTask, startTestEngine, takeJob, waitFor, type TestEngine } from '../__tests__/test-engine.js';

const timer = (kind: string, value: string) => `<bpmn:timerEventDefinition><bpmn:${kind}>${value}</bpmn:${kind}></bpmn:timerEventDefinition>`;

describe('timers on the engine clock', () => {
  let t: TestEngine;
  beforeAll(async () => {
    t = await startTestEngine('timers');
  });
  afterAll(async () => t.close());

  const state = async (key: string) => (await t.engine.history.getProcessInstance(key))?.state;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

  it('fires an intermediate duration timer never early and exactly once', async () => {
    await deploy(
      t.engine,
      'wait.bpmn',
      bpmn('wait', chain(['s', '<bpmn:startEvent id="s"/>'], ['w', `<bpmn:intermediateCatchEvent id="w">${timer('timeDuration', '= duration')}</bpmn:intermediateCatchEvent>`], ['e', '<bpmn:endEvent id="e"/>'])),
    );
    const created = await t.engine.createProcessInstance({ bpmnProcessId: 'wait', variables: { duration: 'P3D' } });
    t.clock.advance(3 * 86_400_000 - 1);
    await settle();
    expect(await state(created.processInstanceKey)).toBe('ACTIVE');
    t.clock.advance(1);
    await waitFor(async () => (await state(created.processInstanceKey)) === 'COMPLETED');
    expect(await completedPath(t.engine, created.processInstanceKey)).toEqual(['s', 'w', 'e']);
  });

  it('repeats a non-interrupting R3 cycle on a task and stops it when the task completes', async () => {
    const body = [
      '<bpmn:startEvent id="s"/>',
      serviceTask('task', 'timers-task'),
      boundary('remind', 'task', timer('timeCycle', 'R3/PT1H'), 'f3', ' cancelActivity="false"'),
      '<bpmn:endEvent id="e"/>',
      '<bpmn:endEvent id="reminded"/>',
      flow('f1', 's', 'task'),
      flow('f2', 'task', 'e'),
      flow('f3', 'remind', 'reminded'),
    ].join('\n');
    await deploy(t.engine, 'remind.bpmn', bpmn('reminders', body));
    const created = await t.engine.createProcessInstance({ bpmnProcessId: 'reminders' });
    const reminders = async () => (await completedPath(t.engine, created.processInstanceKey)).filter((id) => id === 'remind').length;
    for (let hour = 1; hour <= 4; hour += 1) {
      t.clock.advance(3_600_000);
      await waitFor(async () => (await reminders()) === Math.min(hour, 3) || undefined);
    }
    await settle();
    expect(await reminders()).toBe(3);
    const job = await takeJob(t.engine, 'timers-task');
    await t.engine.completeJob({ jobKey: job.key });
    expect(await state(created.processInstanceKey)).toBe('COMPLETED');
    const { rows } = await t.pool.query(`select count(*)::int as n from "${t.schema}".timer where process_instance_key = $1`, [created.processInstanceKey]);
    expect(rows[0].n).toBe(0);
  });

  it('interrupts a task with a boundary timer and cancels its job', async () => {
    const body = [
      '<bpmn:startEvent id="s"/>',
      serviceTask('slow', 'timers-slow'),
      boundary('late', 'slow', timer('timeDuration', 'PT10M'), 'f3'),
      '<bpmn:endEvent id="e"/>',
      '<bpmn:endEvent id="escalated"/>',
      flow('f1', 's', 'slow'),
      flow('f2', 'slow', 'e'),
      flow('f3', 'late', 'escalated'),
    ].join('\n');
    await deploy(t.engine, 'late.bpmn', bpmn('lateness', body));
    const created = await t.engine.createProcessInstance({ bpmnProcessId: 'lateness' });
    t.clock.advance(600_000);
    await waitFor(async () => (await state(created.processInstanceKey)) === 'COMPLETED');
    expect(await completedPath(t.engine, created.processInstanceKey)).toEqual(['s', 'late', 'escalated']);
    expect((await t.engine.history.listJobs(created.processInstanceKey))[0]!.state).toBe('CANCELED');
    expect(await t.engine.activateJobs({ type: 'timers-slow', worker: 'w', maxJobsToActivate: 1, timeout: 1000 })).toEqual([]);
  });

  it('starts instances from a timer start event and replaces the timer on redeploy', async () => {
    const xml = (date: string) =>
      bpmn('scheduled', chain(['s', `<bpmn:startEvent id="s">${timer('timeDate', date)}</bpmn:startEvent>`], ['e', '<bpmn:endEvent id="e"/>']));
    await deploy(t.engine, 'scheduled.bpmn', xml('2026-03-01T00:00:00Z'));
    await deploy(t.engine, 'scheduled.bpmn', xml('2026-04-01T00:00:00Z'));
    const started = async () => {
      const { rows } = await t.pool.query(`select count(*)::int as n from "${t.schema}".process_instance where bpmn_process_id = 'scheduled'`);
      return rows[0].n as number;
    };
    t.clock.set(Date.parse('2026-03-15T00:00:00Z'));
    await settle();
    expect(await started()).toBe(0);
    t.clock.set(Date.parse('2026-04-01T00:00:00Z'));
    await waitFor(async () => (await started()) === 1);
    await settle();
    expect(await started()).toBe(1);
  });
});
