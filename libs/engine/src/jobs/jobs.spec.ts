import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWorkflowError, UserTaskHeader, USER_TASK_JOB_TYPE, WorkflowErrorCode } from '@duban/workflow';
import { bpmn, chain, dbFingerprint, deploy, serviceTask, startTestEngine, takeJob, type TestEngine } from '../__tests__/test-engine.js';

describe('jobs: leases, failures, retries and incidents', () => {
  let t: TestEngine;
  beforeAll(async () => {
    t = await startTestEngine('jobs');
    await deploy(
      t.engine,
      'jobs.bpmn',
      bpmn('jobs', chain(['s', '<bpmn:startEvent id="s"/>'], ['work', serviceTask('work', 'jobs-work').replace('<zeebe:taskDefinition type="jobs-work"/>', '<zeebe:taskDefinition type="jobs-work" retries="2"/>')], ['e', '<bpmn:endEvent id="e"/>'])),
    );
  });
  afterAll(async () => t.close());

  const activate = (timeout = 10_000) => t.engine.activateJobs({ type: 'jobs-work', worker: 'w', maxJobsToActivate: 5, timeout });

  it('leases a job to one activation; an expired lease makes it activatable again without using a retry', async () => {
    await t.engine.createProcessInstance({ bpmnProcessId: 'jobs' });
    const [job] = await activate(10_000);
    expect(job).toMatchObject({ retries: 2, worker: 'w', deadline: t.clock.now() + 10_000 });
    expect(await activate()).toEqual([]);
    t.clock.advance(9_999);
    expect(await activate()).toEqual([]);
    t.clock.advance(1);
    const [again] = await activate();
    expect(again).toMatchObject({ key: job!.key, retries: 2 });
    await t.engine.completeJob({ jobKey: again!.key });
    const states = (await t.engine.history.listJobs(job!.processInstanceKey)).map((j) => j.state);
    expect(states).toEqual(['COMPLETED']);
  });

  it('fails with back-off, then raises JOB_NO_RETRIES; retries + resolve make it activatable again', async () => {
    const created = await t.engine.createProcessInstance({ bpmnProcessId: 'jobs' });
    const [job] = await activate();
    await t.engine.failJob({ jobKey: job!.key, retries: 1, errorMessage: 'flaky', retryBackOff: 5_000 });
    expect(await activate()).toEqual([]);
    t.clock.advance(5_000);
    const [retry] = await activate();
    expect(retry!.retries).toBe(1);
    await t.engine.failJob({ jobKey: retry!.key, retries: 0, errorMessage: 'broken for good' });
    const [incident] = await t.engine.history.listIncidents(created.processInstanceKey);
    expect(incident).toMatchObject({ errorType: 'JOB_NO_RETRIES', errorMessage: 'broken for good', jobKey: job!.key, state: 'ACTIVE' });
    expect((await t.engine.history.getProcessInstance(created.processInstanceKey))!.hasIncident).toBe(true);
    // Zeebe refuses to resolve while the job has no retries, and changes nothing
    const before = await dbFingerprint(t);
    const refused = await t.engine.resolveIncident(incident!.key).catch((error: unknown) => error);
    expect(isWorkflowError(refused, WorkflowErrorCode.FailedPrecondition)).toBe(true);
    expect((refused as Error).message).toMatch(/has no retries left\. Please update the job retries/);
    expect(await dbFingerprint(t)).toEqual(before);
    expect(await activate()).toEqual([]);
    await t.engine.updateJobRetries({ jobKey: job!.key, retries: 3 });
    expect(await activate()).toEqual([]);
    await t.engine.resolveIncident(incident!.key);
    const [revived] = await activate();
    expect(revived).toMatchObject({ key: job!.key, retries: 3 });
    await t.engine.completeJob({ jobKey: revived!.key });
    expect(await t.engine.history.getProcessInstance(created.processInstanceKey)).toMatchObject({ state: 'COMPLETED', hasIncident: false });
    const [resolved] = await t.engine.history.listIncidents(created.processInstanceKey);
    expect(resolved!.state).toBe('RESOLVED');
  });

  it('drops the job of a cancelled instance', async () => {
    const created = await t.engine.createProcessInstance({ bpmnProcessId: 'jobs' });
    await t.engine.cancelProcessInstance(created.processInstanceKey);
    expect(await activate()).toEqual([]);
    expect((await t.engine.history.listJobs(created.processInstanceKey))[0]!.state).toBe('CANCELED');
    expect((await t.engine.history.getProcessInstance(created.processInstanceKey))!.state).toBe('TERMINATED');
  });

  it('makes user tasks into jobs with Zeebe headers', async () => {
    const userTask = `<bpmn:userTask id="approve"><bpmn:extensionElements>
      <zeebe:assignmentDefinition assignee="=owner" candidateGroups="leaders, office" candidateUsers="=[&quot;a&quot;,&quot;b&quot;]"/>
      <zeebe:taskSchedule dueDate="=due" followUpDate="2026-02-01T00:00:00Z"/>
      <zeebe:formDefinition formKey="camunda-forms:bpmn:approveForm"/>
      <zeebe:taskHeaders><zeebe:header key="kind" value="approval"/></zeebe:taskHeaders>
    </bpmn:extensionElements></bpmn:userTask>`;
    await deploy(t.engine, 'ut.bpmn', bpmn('ut', chain(['s', '<bpmn:startEvent id="s"/>'], ['approve', userTask], ['e', '<bpmn:endEvent id="e"/>'])));
    await t.engine.createProcessInstance({ bpmnProcessId: 'ut', variables: { owner: 'li', due: '2026-01-31T10:00:00Z' } });
    const job = await takeJob(t.engine, USER_TASK_JOB_TYPE);
    expect(job.customHeaders).toEqual({
      kind: 'approval',
      [UserTaskHeader.assignee]: 'li',
      [UserTaskHeader.candidateGroups]: '["leaders","office"]',
      [UserTaskHeader.candidateUsers]: '["a","b"]',
      [UserTaskHeader.dueDate]: '2026-01-31T10:00:00Z',
      [UserTaskHeader.followUpDate]: '2026-02-01T00:00:00Z',
      [UserTaskHeader.formKey]: 'camunda-forms:bpmn:approveForm',
    });
    await t.engine.completeJob({ jobKey: job.key, variables: { approved: true } });
  });
});
