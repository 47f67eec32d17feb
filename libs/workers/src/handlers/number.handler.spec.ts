import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../__tests__/test-database.js';
import { testDeps } from '../__tests__/test-deps.js';
import { completedVariables, failureOf, testJob } from '../__tests__/test-job.js';
import { JobType } from '../job-types.js';
import { toJobHandler } from '../runtime/job-runner.js';
import { numberHandler } from './number.handler.js';

describe('duban:number', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let run: ReturnType<typeof toJobHandler>;

  beforeAll(async () => {
    database = await createTestDatabase('number', 20);
    run = toJobHandler(numberHandler, testDeps(database.db));
  });
  afterAll(() => database.drop());

  it('formats the tenant scheme with the year of the clock in China', async () => {
    const job = testJob(JobType.number, {});
    await run(job);
    expect(completedVariables(job)).toEqual({ itemNumber: '示督〔2026〕1号', itemNumberSeq: 1, itemNumberYear: 2026 });
  });

  it('pads the sequence and writes to the named variable', async () => {
    const job = testJob(JobType.number, { scheme: 'inspection', resultVariable: 'inspectionNumber' });
    await run(job);
    expect(completedVariables(job)).toMatchObject({ inspectionNumber: '示查〔2026〕001号', inspectionNumberSeq: 1 });
  });

  it('numbers a job delivered twice once, also when both deliveries run at the same time', async () => {
    const headers = { yearVariable: 'year' };
    const first = testJob(JobType.number, headers, { year: 2030 });
    const redelivered = testJob(JobType.number, headers, { year: 2030 }, { key: first.key });
    await run(first);
    await run(redelivered);
    expect(completedVariables(redelivered)).toEqual(completedVariables(first));
    expect(completedVariables(first)).toMatchObject({ itemNumber: '示督〔2030〕1号' });

    const racing = testJob(JobType.number, headers, { year: 2030 });
    const racingTwin = testJob(JobType.number, headers, { year: 2030 }, { key: racing.key });
    await Promise.all([run(racing), run(racingTwin)]);
    expect(completedVariables(racingTwin)).toEqual(completedVariables(racing));
    const issued = await database.db.query(`SELECT seq FROM number_issued WHERE year = 2030 ORDER BY seq`);
    expect(issued).toEqual([{ seq: 1 }, { seq: 2 }]);
  });

  it('gives 200 concurrent jobs the numbers 1..200 without gaps or duplicates', async () => {
    const jobs = Array.from({ length: 200 }, () => testJob(JobType.number, { yearVariable: 'year' }, { year: 2031 }));
    await Promise.all(jobs.map((job) => run(job)));
    const seqs = jobs.map((job) => completedVariables(job).itemNumberSeq as number).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    const issued = await database.db.query<{ count: string; max: number }>(
      `SELECT count(*), max(seq) FROM number_issued WHERE year = 2031`,
    );
    expect(issued[0]).toEqual({ count: '200', max: 200 });
  });

  it('refuses an unknown scheme without consuming a number', async () => {
    const bad = testJob(JobType.number, { scheme: 'nonexistent', yearVariable: 'year' }, { year: 2032 });
    await run(bad);
    expect(failureOf(bad)).toMatchObject({ retries: 0 });
    expect(failureOf(bad).errorMessage).toContain('nonexistent');
    const good = testJob(JobType.number, { yearVariable: 'year' }, { year: 2032 });
    await run(good);
    expect(completedVariables(good)).toMatchObject({ itemNumberSeq: 1 });
    expect(await database.db.query(`SELECT * FROM job_effect WHERE job_key = $1`, [bad.key])).toEqual([]);
  });

  it('refuses a year that is not a year', async () => {
    const bad = testJob(JobType.number, { yearVariable: 'year' }, { year: 'next' });
    await run(bad);
    expect(failureOf(bad).errorMessage).toContain('"year"');
  });
});
