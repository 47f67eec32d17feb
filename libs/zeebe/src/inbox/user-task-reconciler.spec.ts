import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserTaskHeader } from '@duban/workflow';
import { userTaskProcess } from '../testing/bpmn-fixtures.js';
import { skipWithoutBroker } from '../testing/broker-availability.js';
import { eventually, uniqueId } from '../testing/poll.util.js';
import { createZeebeEngine, type ZeebeEngine } from '../zeebe-engine.js';
import { InMemoryInboxStore, UserTaskReconciler } from './user-task-reconciler.js';

const skip = await skipWithoutBroker('libs/zeebe inbox reconciler specs');

describe('UserTaskReconciler', () => {
  it('states its removal bound from lease, grace and poll interval', () => {
    const reconciler = new UserTaskReconciler({} as never, new InMemoryInboxStore(), { leaseMs: 60_000, pollIntervalMs: 5_000, graceMs: 5_000 });
    expect(reconciler.staleAfterMs).toBe(70_000);
    expect(reconciler.removalBoundMs).toBe(75_000);
    expect(() => new UserTaskReconciler({} as never, new InMemoryInboxStore(), { leaseMs: 0 })).toThrow(RangeError);
  });
});

describe.skipIf(skip)('UserTaskReconciler on a real broker', () => {
  let engine: ZeebeEngine;
  const expiring = uniqueId('inbox_expiring');
  const lasting = uniqueId('inbox_lasting');

  beforeAll(async () => {
    engine = createZeebeEngine();
    await engine.deployResources([
      { name: `${expiring}.bpmn`, content: userTaskProcess(expiring, 'PT3S') },
      { name: `${lasting}.bpmn`, content: userTaskProcess(lasting, 'PT1H') },
    ]);
  });

  afterAll(async () => {
    await engine?.close();
  });

  it('drops the task of a job removed by an interrupting timer within the bound, keeps live tasks, completes', async () => {
    const store = new InMemoryInboxStore();
    const reconciler = new UserTaskReconciler(engine, store, { leaseMs: 1_500, pollIntervalMs: 250, graceMs: 3_000 });
    const gone = await engine.createProcessInstance({ bpmnProcessId: expiring });
    const live = await engine.createProcessInstance({ bpmnProcessId: lasting });
    const taskOf = (instanceKey: string) =>
      [...store.tasks.values()].find((task) => task.job.processInstanceKey === instanceKey);

    reconciler.start();
    try {
      const goneTask = await eventually('both tasks in the inbox', async () =>
        taskOf(live.processInstanceKey) ? taskOf(gone.processInstanceKey) : undefined,
      );
      expect(goneTask.job.customHeaders[UserTaskHeader.assignee]).toBe('zhang');
      expect(JSON.parse(goneTask.job.customHeaders[UserTaskHeader.candidateGroups])).toEqual(['dcs', 'leaders']);
      const goneJobKey = goneTask.job.key;

      // The timer interrupts the task; history says when (broker time), the inbox must follow within the bound.
      const brokerAhead = (await engine.clock!.now()) - Date.now();
      const interruptedAt = await eventually('the timer to interrupt the task', async () => {
        const elements = await engine.history.listElementInstances(gone.processInstanceKey);
        const review = elements.find((e) => e.elementId === 'review');
        return review?.state === 'TERMINATED' ? Date.parse(review.endDate!) - brokerAhead : undefined;
      }, 15_000);
      await eventually('the interrupted task to leave the inbox', async () => (taskOf(gone.processInstanceKey) ? undefined : true), reconciler.removalBoundMs + 2_000);
      const leftAfter = Date.now() - interruptedAt;
      expect(leftAfter).toBeLessThanOrEqual(reconciler.removalBoundMs + 500);
      expect(store.removals).toContainEqual({ jobKey: goneJobKey, reason: 'job-gone' });

      // Several leases later the live task is still there: its job keeps coming back.
      expect(taskOf(live.processInstanceKey), JSON.stringify(store.removals.slice(-5))).toBeDefined();
      expect(await reconciler.complete(goneJobKey)).toBe('gone');
      const liveJobKey = taskOf(live.processInstanceKey)!.job.key;
      expect(await reconciler.complete(liveJobKey, { decision: '同意' })).toBe('completed');
      expect(taskOf(live.processInstanceKey)).toBeUndefined();
      console.info(`interrupted task left the inbox ${leftAfter} ms after the interruption (bound ${reconciler.removalBoundMs} ms)`);
    } finally {
      await reconciler.stop();
    }
    const record = await eventually('the live instance to complete', async () => {
      const found = await engine.history.getProcessInstance(live.processInstanceKey);
      return found?.state === 'COMPLETED' ? found : undefined;
    });
    expect(record.state).toBe('COMPLETED');
  });
});
