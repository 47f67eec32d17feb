import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { testDeps } from '../__tests__/test-deps.js';
import { failureOf, testJob } from '../__tests__/test-job.js';
import { WorkersDatabase } from '../db/workers-database.js';
import { numberHandler } from '../handlers/number.handler.js';
import { JobType } from '../job-types.js';
import { toJobHandler } from './job-runner.js';

describe('job runner', () => {
  // Nothing listens on port 1: every transaction fails before anything is written.
  const unreachable = new WorkersDatabase(new pg.Pool({ connectionString: 'postgres://postgres@127.0.0.1:1/test', connectionTimeoutMillis: 2_000 }), 't_unused');
  const run = toJobHandler(numberHandler, testDeps(unreachable));
  afterAll(() => unreachable.pool.end());

  it('retries a transient failure with one retry less and a back-off', async () => {
    const job = testJob(JobType.number, {}, {}, { retries: 3 });
    await run(job);
    expect(failureOf(job)).toMatchObject({ retries: 2, retryBackOff: 4_000, errorMessage: expect.stringContaining('暂时性错误') });
  });

  it('raises an incident at once for a tenant it cannot determine or that contradicts the engine', async () => {
    const none = testJob(JobType.number, {}, { tenantId: '' });
    await run(none);
    expect(failureOf(none)).toMatchObject({ retries: 0, errorMessage: expect.stringContaining('tenantId') });
    const mismatch = testJob(JobType.number, {}, { tenantId: 'demo-county' }, { tenantId: 'other-county' });
    await run(mismatch);
    expect(failureOf(mismatch)).toMatchObject({ retries: 0, errorMessage: expect.stringContaining('TENANT_MISMATCH') });
    const traversal = testJob(JobType.number, {}, { tenantId: '../etc' });
    await run(traversal);
    expect(failureOf(traversal)).toMatchObject({ retries: 0, errorMessage: expect.stringContaining('../etc') });
  });
});
