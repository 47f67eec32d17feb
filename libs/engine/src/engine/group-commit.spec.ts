import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bpmn, DATABASE_URL, deploy, flow, rootVariables, serviceTask, startTestEngine, type TestEngine } from '../__tests__/test-engine.js';

/**
 * Commands that queue up share a transaction and one write (CommandBatcher + DeferredFlushes). One transaction at a
 * time forces every concurrent command into such batches, including two commands on the same instance.
 */
describe('group commit: shared transactions with one write', () => {
  let t: TestEngine;
  const statements = { commit: 0, flush: 0 };
  const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 4 });
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const first = args[0] as string | { name?: string };
      if (first === 'commit') statements.commit += 1;
      if (typeof first === 'object' && first?.name?.startsWith('flush_')) statements.flush += 1;
      return query(...args);
    };
  });

  beforeAll(async () => {
    t = await startTestEngine('groupcommit', { pool, batching: { maxConcurrentTransactions: 1, maxCommandsPerTransaction: 32 } });
    const body = [
      '<bpmn:startEvent id="s"/>',
      '<bpmn:parallelGateway id="split"/>',
      serviceTask('a', 'gc-a'),
      serviceTask('b', 'gc-b'),
      '<bpmn:parallelGateway id="join"/>',
      serviceTask('c', 'gc-c'),
      '<bpmn:endEvent id="e"/>',
      flow('f1', 's', 'split'),
      flow('f2', 'split', 'a'),
      flow('f3', 'split', 'b'),
      flow('f4', 'a', 'join'),
      flow('f5', 'b', 'join'),
      flow('f6', 'join', 'c'),
      flow('f7', 'c', 'e'),
    ];
    await deploy(t.engine, 'gc.bpmn', bpmn('gc', body.join('\n')));
  });
  afterAll(async () => {
    await t.close();
    await pool.end();
  });

  const activate = (type: string) => t.engine.activateJobs({ type, worker: 'w', maxJobsToActivate: 100, timeout: 60_000 });

  it('joins parallel branches completed in the same batch (the second reads what the first wrote)', async () => {
    const created = await Promise.all(Array.from({ length: 20 }, (_, n) => t.engine.createProcessInstance({ bpmnProcessId: 'gc', variables: { n } })));
    const jobs = [...(await activate('gc-a')), ...(await activate('gc-b'))].sort((x, y) => x.processInstanceKey.localeCompare(y.processInstanceKey));
    expect(jobs).toHaveLength(40);
    const before = { ...statements };
    // both branches of an instance one after the other: they land in the same shared transaction
    await Promise.all(jobs.map((job) => t.engine.completeJob({ jobKey: job.key, variables: { [`${job.elementId}Done`]: job.variables.n as number } })));
    expect(statements.commit - before.commit).toBeLessThan(10);
    const joined = await activate('gc-c');
    expect(joined.map((job) => job.processInstanceKey).sort()).toEqual(created.map((c) => c.processInstanceKey).sort());
    for (const job of joined) expect(job.variables).toEqual({ n: job.variables.n, aDone: job.variables.n, bDone: job.variables.n });
    // commands on the same instances again, now a variable update before each completion
    await Promise.all(
      joined.flatMap((job) => [
        t.engine.setVariables({ elementInstanceKey: job.processInstanceKey, variables: { late: job.variables.n as number } }),
        t.engine.completeJob({ jobKey: job.key, variables: { seen: true } }),
      ]),
    );
    for (const job of joined) {
      expect((await t.engine.history.getProcessInstance(job.processInstanceKey))?.state).toBe('COMPLETED');
      expect(await rootVariables(t.engine, job.processInstanceKey)).toEqual({ n: job.variables.n, aDone: job.variables.n, bDone: job.variables.n, late: job.variables.n, seen: true });
    }
  });

  it('keeps a failing command from taking the others of its batch with it', async () => {
    const created = await Promise.all(Array.from({ length: 5 }, () => t.engine.createProcessInstance({ bpmnProcessId: 'gc' })));
    const jobs = await activate('gc-a');
    const outcomes = await Promise.allSettled([
      ...jobs.map((job) => t.engine.completeJob({ jobKey: job.key })),
      t.engine.completeJob({ jobKey: jobs[0]!.key }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toHaveLength(1);
    const states = await Promise.all(created.map(async (c) => (await t.engine.history.listJobs(c.processInstanceKey)).find((job) => job.elementId === 'a')?.state));
    expect(states).toEqual(created.map(() => 'COMPLETED'));
  });
});
