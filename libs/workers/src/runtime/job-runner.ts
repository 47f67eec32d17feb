import { isCalendarError } from '@duban/calendar';
import type { Job, JobActionAcknowledgement, JobActions, JobHandler, Variables } from '@duban/workflow';
import type pg from 'pg';
import { JobInput } from '../common/job-input.js';
import { resolveItemId, resolveTenantId } from '../common/job-identity.util.js';
import { isWorkerException, WorkerErrorCode, WorkerException } from '../worker.exception.js';
import type { JobTypeHandler } from './job-context.js';
import type { WorkerDeps } from './worker-deps.js';

const MAX_BACKOFF_MS = 5 * 60_000;

/**
 * Turns a handler into a port `JobHandler`: one transaction holds the idempotency record (keyed by job key) and
 * the effect, so a job delivered twice does its effect once and completes with the first delivery's variables.
 */
export function toJobHandler(handler: JobTypeHandler, deps: WorkerDeps): JobHandler {
  return async (job) => {
    let variables: Variables;
    try {
      variables = await runOnce(handler, deps, job);
    } catch (error) {
      return failJob(job, error);
    }
    return job.complete(variables);
  };
}

async function runOnce(handler: JobTypeHandler, deps: WorkerDeps, job: Job): Promise<Variables> {
  const tenantId = resolveTenantId(job);
  const itemId = resolveItemId(job);
  return deps.db.transaction(async (tx) => {
    const previous = await claim(tx, job, handler.type, tenantId, itemId);
    if (previous) return previous;
    const input = new JobInput(job.customHeaders, job.variables);
    const variables = await handler.handle({ job, input, tenantId, itemId, now: deps.clock.now(), tx, deps });
    await tx.query('UPDATE job_effect SET variables = $2 WHERE job_key = $1', [job.key, JSON.stringify(variables)]);
    return variables;
  });
}

/**
 * Inserts the idempotency row. A concurrent second delivery blocks on the first one's row until it commits, then
 * sees the conflict and gets the stored variables.
 */
async function claim(
  tx: pg.PoolClient,
  job: Job,
  type: string,
  tenantId: string,
  itemId: string,
): Promise<Variables | undefined> {
  const inserted = await tx.query(
    `INSERT INTO job_effect (job_key, job_type, tenant_id, item_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (job_key) DO NOTHING RETURNING job_key`,
    [job.key, type, tenantId, itemId],
  );
  if (inserted.rowCount === 1) return undefined;
  const { rows } = await tx.query<{ job_type: string; variables: Variables }>(
    'SELECT job_type, variables FROM job_effect WHERE job_key = $1',
    [job.key],
  );
  if (rows[0].job_type !== type) {
    throw new WorkerException(WorkerErrorCode.Conflict, `作业 ${job.key} 已由 ${rows[0].job_type} 处理`);
  }
  return rows[0].variables;
}

function failJob(job: Job & JobActions, error: unknown): Promise<JobActionAcknowledgement> {
  if (isWorkerException(error) || isCalendarError(error)) {
    // Configuration or input: retrying cannot help, an administrator must fix the diagram or the files.
    return job.fail({ errorMessage: error.message, retries: 0 });
  }
  // Transient (database, file system): retry with a back-off that grows as retries run out.
  const retries = Math.max(job.retries - 1, 0);
  return job.fail({
    errorMessage: `暂时性错误，将重试（transient failure）：${(error as Error)?.message ?? String(error)}`,
    retries,
    retryBackOff: Math.min(2_000 * 2 ** Math.max(0, 3 - retries), MAX_BACKOFF_MS),
  });
}
