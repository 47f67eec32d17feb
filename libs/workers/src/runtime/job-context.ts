import type { Job, Variables } from '@duban/workflow';
import type pg from 'pg';
import type { JobInput } from '../common/job-input.js';
import type { JobTypeName } from '../job-types.js';
import type { WorkerDeps } from './worker-deps.js';

/** Everything a handler sees: validated input, tenant, item, the time, and the open transaction. */
export interface JobContext {
  job: Job;
  input: JobInput;
  tenantId: string;
  itemId: string;
  /** Epoch milliseconds from the injectable clock, fixed for the whole job. */
  now: number;
  /** The transaction that also holds the idempotency record: write the effect here. */
  tx: pg.PoolClient;
  deps: WorkerDeps;
}

/**
 * A generic worker: reads headers and variables, writes its effect through `ctx.tx`, returns the variables to
 * complete the job with. Throws WorkerException for bad input (→ incident, nothing written).
 */
export interface JobTypeHandler {
  type: JobTypeName;
  handle(ctx: JobContext): Promise<Variables>;
}
