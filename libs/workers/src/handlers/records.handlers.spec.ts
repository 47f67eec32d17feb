import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../__tests__/test-database.js';
import { testDeps } from '../__tests__/test-deps.js';
import { completedVariables, failureOf, testJob } from '../__tests__/test-job.js';
import { seededShuffle } from '../common/seeded-shuffle.util.js';
import { evaluationSummary } from '../evaluation/evaluation.repository.js';
import { JobType } from '../job-types.js';
import { toJobHandler } from '../runtime/job-runner.js';
import { drawHandler } from './draw.handler.js';
import { evaluateHandler } from './evaluate.handler.js';
import { overlapCheckHandler } from './overlap-check.handler.js';
import { resolveApproversHandler } from './resolve-approvers.handler.js';

describe('approvers, evaluation, overlap and draw', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let deps: ReturnType<typeof testDeps>;
  let seeds: string[];

  beforeAll(async () => {
    database = await createTestDatabase('records');
    deps = { ...testDeps(database.db), randomSeed: () => seeds.shift() ?? 'fallback-seed' };
  });
  afterAll(() => database.drop());

  const run = async (handler: Parameters<typeof toJobHandler>[0], job: ReturnType<typeof testJob>) => {
    await toJobHandler(handler, deps)(job);
    return job;
  };

  describe('duban:resolve-approvers', () => {
    it('resolves the chain in order, unit roles inside the unit and county roles anywhere', async () => {
      const job = await run(resolveApproversHandler, testJob(JobType.resolveApprovers, { roles: 'unit-head, supervision-office,deputy-director,director,leader-in-charge', unitVariable: 'unit' }, { unit: 'transport-bureau' }));
      expect(completedVariables(job).approvers).toEqual(['p-jiao-tou', 'p-du', 'p-fu', 'p-zhu', 'p-fen2']);
      expect((completedVariables(job).approversDetail as { roleName: string }[])[1].roleName).toBe('县政府督查室');
    });

    it('skips or refuses a role nobody holds, as configured', async () => {
      const refused = await run(resolveApproversHandler, testJob(JobType.resolveApprovers, { roles: 'director,vacant-role' }));
      expect(failureOf(refused)).toMatchObject({ retries: 0, errorMessage: expect.stringContaining('空缺角色') });
      const skipped = await run(resolveApproversHandler, testJob(JobType.resolveApprovers, { roles: 'director,vacant-role', onMissing: 'skip', resultVariable: 'signers' }));
      expect(completedVariables(skipped).signers).toEqual(['p-zhu']);
      const unknown = await run(resolveApproversHandler, testJob(JobType.resolveApprovers, { roles: 'director,mayor' }));
      expect(failureOf(unknown).errorMessage).toContain('"mayor"');
    });

    it('finds no organisation for an unknown tenant', async () => {
      const job = await run(resolveApproversHandler, testJob(JobType.resolveApprovers, { roles: 'director' }, { tenantId: 'nowhere' }));
      expect(failureOf(job).errorMessage).toContain('nowhere');
    });
  });

  describe('duban:evaluate', () => {
    it('records facts per unit and sums them per period', async () => {
      const due = '2026-03-05T23:59:59+08:00';
      await run(evaluateHandler, testJob(JobType.evaluate, { fact: 'auto' }, { unit: 'finance-bureau', dueDate: due }));
      deps.clock.set(Date.parse('2026-03-06T09:00:00+08:00'));
      const late = await run(evaluateHandler, testJob(JobType.evaluate, { fact: 'auto', unitVariable: 'units' }, { units: ['finance-bureau', 'transport-bureau'], dueDate: due }));
      expect(completedVariables(late)).toEqual({ evaluationFact: 'overdue' });
      const sendBack = testJob(JobType.evaluate, { fact: 'send-back' }, { unit: 'transport-bureau' });
      await run(evaluateHandler, sendBack);
      await run(evaluateHandler, testJob(JobType.evaluate, { fact: 'send-back' }, { unit: 'transport-bureau' }, { key: sendBack.key }));
      await run(evaluateHandler, testJob(JobType.evaluate, { fact: 'poor-implementation' }, { unit: 'transport-bureau' }));
      const summary = await database.db.transaction((tx) =>
        evaluationSummary(tx, 'demo-county', { from: new Date('2026-01-01T00:00:00+08:00'), to: new Date('2026-04-01T00:00:00+08:00') }),
      );
      expect(summary).toEqual([
        { unit: 'finance-bureau', onTime: 1, overdue: 1, sendBacks: 0, poorImplementation: 0, onTimeRate: 0.5 },
        { unit: 'transport-bureau', onTime: 0, overdue: 1, sendBacks: 1, poorImplementation: 1, onTimeRate: 0 },
      ]);
    });

    it('counts one lateness once: overdue at the deadline, then finished late', async () => {
      const due = '2026-05-05T23:59:59+08:00';
      const item = { unit: 'finance-bureau', itemId: 'late-once', dueDate: due };
      deps.clock.set(Date.parse('2026-05-06T09:00:00+08:00'));
      await run(evaluateHandler, testJob(JobType.evaluate, { fact: 'overdue' }, item));
      deps.clock.set(Date.parse('2026-05-08T09:00:00+08:00'));
      const finished = await run(evaluateHandler, testJob(JobType.evaluate, { fact: 'auto' }, item));
      expect(completedVariables(finished)).toEqual({ evaluationFact: 'overdue' });
      // A new limit after the lateness (e.g. set by a leader) is a new deadline: missing it counts again.
      const later = await run(evaluateHandler, testJob(JobType.evaluate, { fact: 'auto' }, { ...item, dueDate: '2026-05-07T23:59:59+08:00' }));
      expect(completedVariables(later)).toEqual({ evaluationFact: 'overdue' });
      const facts = await database.db.query<{ fact: string }>(`SELECT fact FROM evaluation_fact WHERE item_id = 'late-once' ORDER BY id`);
      expect(facts.map((f) => f.fact)).toEqual(['overdue', 'overdue']);
    });

    it('refuses an unknown unit or a missing due date', async () => {
      const unknownUnit = await run(evaluateHandler, testJob(JobType.evaluate, { fact: 'on-time' }, { unit: 'moon-bureau' }));
      expect(failureOf(unknownUnit).errorMessage).toContain('moon-bureau');
      const noDue = await run(evaluateHandler, testJob(JobType.evaluate, { fact: 'auto' }, { unit: 'finance-bureau' }));
      expect(failureOf(noDue).errorMessage).toContain('"dueDate"');
    });
  });

  describe('duban:overlap-check', () => {
    const inspection = (itemId: string, target: string | string[], periodStart: string, periodEnd: string) =>
      testJob(JobType.overlapCheck, {}, { itemId, target, periodStart, periodEnd, title: `督查${itemId}` });

    it('warns about an inspection of the same target in an overlapping period only', async () => {
      expect(completedVariables(await run(overlapCheckHandler, inspection('A', 'finance-bureau', '2026-04-01', '2026-04-15')))).toEqual({ overlapFound: false, overlaps: [] });
      expect(completedVariables(await run(overlapCheckHandler, inspection('B', 'transport-bureau', '2026-04-01', '2026-04-15'))).overlapFound).toBe(false);
      expect(completedVariables(await run(overlapCheckHandler, inspection('C', 'finance-bureau', '2026-04-16', '2026-04-30'))).overlapFound).toBe(false);
      const clash = completedVariables(await run(overlapCheckHandler, inspection('D', ['transport-bureau', 'finance-bureau'], '2026-04-15', '2026-04-20')));
      expect(clash.overlaps).toEqual([
        { itemId: 'A', itemNumber: null, title: '督查A', target: '县财政局', targets: ['finance-bureau'], periodStart: '2026-04-01', periodEnd: '2026-04-15' },
        { itemId: 'B', itemNumber: null, title: '督查B', target: '县交通运输局', targets: ['transport-bureau'], periodStart: '2026-04-01', periodEnd: '2026-04-15' },
        { itemId: 'C', itemNumber: null, title: '督查C', target: '县财政局', targets: ['finance-bureau'], periodStart: '2026-04-16', periodEnd: '2026-04-30' },
      ]);
    });

    it('refuses a period that ends before it starts', async () => {
      const job = await run(overlapCheckHandler, inspection('E', 'finance-bureau', '2026-05-10', '2026-05-01'));
      expect(failureOf(job).errorMessage).toContain('"periodEnd"');
    });
  });

  describe('duban:draw', () => {
    it('draws reproducibly from the logged seed and rotates people drawn last time', async () => {
      seeds = ['seed-one', 'seed-two', 'seed-three'];
      const first = completedVariables(await run(drawHandler, testJob(JobType.draw, { registry: 'supervision-cadres', count: '2' })));
      const all = ['p-du', 'p-fu', 'p-cai-lian', 'p-jiao-lian'];
      expect(first.drawn).toEqual(seededShuffle(all, 'seed-one').slice(0, 2));
      const [log] = await database.db.query<{ seed: string; candidates: string[]; result: string[] }>(
        `SELECT seed, candidates, result FROM draw_log WHERE id = $1`,
        [first.drawnDrawId],
      );
      expect(seededShuffle(log.candidates, log.seed).slice(0, 2)).toEqual(log.result);

      const second = completedVariables(await run(drawHandler, testJob(JobType.draw, { registry: 'supervision-cadres', count: '2' })));
      expect([...(second.drawn as string[]), ...(first.drawn as string[])].sort()).toEqual([...all].sort());
      const third = await run(drawHandler, testJob(JobType.draw, { registry: 'supervision-cadres', count: '3', excludeLastDraws: '1' }));
      expect(failureOf(third).errorMessage).toContain('少于抽取人数 3');
    });

    it('refuses an unknown registry', async () => {
      const job = await run(drawHandler, testJob(JobType.draw, { registry: 'astronauts' }));
      expect(failureOf(job).errorMessage).toContain('astronauts');
    });
  });
});
