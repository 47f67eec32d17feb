import {
  isWorkflowError,
  USER_TASK_JOB_TYPE,
  WorkflowErrorCode,
  type Job,
  type Variables,
  type WorkflowEngine,
} from '@duban/workflow';

/** What the inbox keeps: one task per user-task job, with the time its job was last seen activatable. */
export interface UserTaskInboxStore {
  /** Projects the task of a (re-)activated job and records `seenAt`. Idempotent: a returning job refreshes its row. */
  upsert(job: Job, seenAt: number): Promise<void>;
  /** Job keys of tasks whose job was last seen before `cutoff`. */
  seenBefore(cutoff: number): Promise<string[]>;
  remove(jobKeys: string[], reason: 'completed' | 'job-gone'): Promise<void>;
}

export interface UserTaskReconcilerOptions {
  /** Lease of each activation. A live job comes back once per lease; default 60 s. */
  leaseMs?: number;
  /** How often jobs are activated; default 5 s. */
  pollIntervalMs?: number;
  /** Slack for the broker's job-timeout checker (1 s in Zeebe) and clock skew; default 5 s. */
  graceMs?: number;
  worker?: string;
  /** Per activation call; a full batch is followed at once by another. Default 100. */
  maxJobsToActivate?: number;
  now?: () => number;
}

/**
 * Keeps an inbox in step with the engine's user-task jobs. Zeebe does not tell a worker that a job was removed
 * (an interrupting boundary event, a cancelled instance), so the inbox leases every user-task job and activates
 * again: a live job's lease runs out and it comes back; a job that does not come back within
 * lease + grace + poll interval is gone, and so is one whose completion answers NOT_FOUND.
 *
 * Bound: a removed job's task leaves the inbox at most `removalBoundMs` = lease + grace + 2 × poll interval
 * after the removal (75 s with the defaults). Several reconcilers may share one store (server replicas): a job
 * leased by one is seen by the store all the same.
 */
export class UserTaskReconciler {
  readonly leaseMs: number;
  readonly pollIntervalMs: number;
  readonly graceMs: number;
  private readonly worker: string;
  private readonly maxJobsToActivate: number;
  private readonly now: () => number;
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly engine: WorkflowEngine,
    private readonly store: UserTaskInboxStore,
    options: UserTaskReconcilerOptions = {},
  ) {
    this.leaseMs = options.leaseMs ?? 60_000;
    this.pollIntervalMs = options.pollIntervalMs ?? 5_000;
    this.graceMs = options.graceMs ?? 5_000;
    this.worker = options.worker ?? 'duban-inbox';
    this.maxJobsToActivate = options.maxJobsToActivate ?? 100;
    this.now = options.now ?? Date.now;
    if (this.leaseMs <= 0 || this.pollIntervalMs <= 0 || this.graceMs < 0) {
      throw new RangeError('leaseMs and pollIntervalMs must be positive, graceMs not negative');
    }
  }

  /** A job last seen longer ago than this has not come back after its lease: it is gone. */
  get staleAfterMs(): number {
    return this.leaseMs + this.graceMs + this.pollIntervalMs;
  }

  /** Worst-case time from a job's removal in the engine to its task leaving the inbox. */
  get removalBoundMs(): number {
    return this.staleAfterMs + this.pollIntervalMs;
  }

  /** One round: activate every activatable user-task job, project it, drop tasks whose job is gone. */
  async reconcileOnce(): Promise<{ seen: number; removed: string[] }> {
    const startedAt = this.now();
    let seen = 0;
    for (;;) {
      const jobs = await this.engine.activateJobs({
        type: USER_TASK_JOB_TYPE,
        worker: this.worker,
        maxJobsToActivate: this.maxJobsToActivate,
        timeout: this.leaseMs,
      });
      for (const job of jobs) await this.store.upsert(job, this.now());
      seen += jobs.length;
      if (jobs.length < this.maxJobsToActivate) break;
    }
    const removed = await this.store.seenBefore(startedAt - this.staleAfterMs);
    if (removed.length > 0) await this.store.remove(removed, 'job-gone');
    return { seen, removed };
  }

  /** Completes the task's job; NOT_FOUND means the job is gone (the task leaves the inbox either way). */
  async complete(jobKey: string, variables?: Variables): Promise<'completed' | 'gone'> {
    try {
      await this.engine.completeJob({ jobKey, variables });
    } catch (error) {
      if (!isWorkflowError(error, WorkflowErrorCode.NotFound)) throw error;
      await this.store.remove([jobKey], 'job-gone');
      return 'gone';
    }
    await this.store.remove([jobKey], 'completed');
    return 'completed';
  }

  /** Reconciles every poll interval until `stop()`; a failed round is reported and the next one runs. */
  start(onError: (error: unknown) => void = (error) => console.error('inbox reconcile failed', error)): void {
    if (this.timer) return;
    const tick = () => {
      this.running = this.reconcileOnce()
        .catch(onError)
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, this.pollIntervalMs);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }
}

/** A store in memory: for tests and for a single process that rebuilds its inbox from the engine on start. */
export class InMemoryInboxStore implements UserTaskInboxStore {
  readonly tasks = new Map<string, { job: Job; seenAt: number }>();
  readonly removals: { jobKey: string; reason: 'completed' | 'job-gone' }[] = [];

  async upsert(job: Job, seenAt: number): Promise<void> {
    this.tasks.set(job.key, { job, seenAt });
  }

  async seenBefore(cutoff: number): Promise<string[]> {
    return [...this.tasks].filter(([, task]) => task.seenAt < cutoff).map(([key]) => key);
  }

  async remove(jobKeys: string[], reason: 'completed' | 'job-gone'): Promise<void> {
    for (const jobKey of jobKeys) {
      if (this.tasks.delete(jobKey)) this.removals.push({ jobKey, reason });
    }
  }
}
