import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { USER_TASK_JOB_TYPE, type JobState, type WorkflowEngine } from '@duban/workflow';
import { UserTaskReconciler } from '@duban/zeebe';
import { SERVER_CONFIG } from '../../platform/config/config.module.js';
import type { ServerConfig } from '../../platform/config/server-config.js';
import { WORKFLOW_ENGINE } from '../../platform/workflow/workflow-engine.module.js';
import { InboxTaskStore } from './inbox-task.store.js';

/**
 * Embedded engine: a job stays leased to the inbox for a day; when the lease runs out the next poll takes it again
 * (one activation per open task a day). It is also how long a job activated just before a crash stays out of the
 * inbox — a failed projection hands the job back at once (below).
 */
export const EMBEDDED_LEASE_MS = 24 * 3600_000;
/** A job whose projection failed is handed back to be activated again after this. */
const HAND_BACK_MS = 5_000;
export const POLL_MS = 500;
export const RECONCILE_MS = 2_000;
/** Open tasks whose job state is read per reconciliation round (grouped by process instance). */
export const RECONCILE_BATCH = 200;
const BATCH = 100;
const GONE_STATES = new Set<JobState>(['COMPLETED', 'CANCELED', 'ERROR_THROWN']);

/**
 * Turns `io.camunda.zeebe:userTask` jobs into inbox rows and takes rows out when their job disappears.
 *
 * - Zeebe: libs/zeebe's UserTaskReconciler (lease 60 s; a job that does not come back is gone) over this store —
 *   a removed task leaves the inbox within its `removalBoundMs` (75 s).
 * - Embedded: jobs are leased for a day (nothing else activates user-task jobs, and completion does not need a
 *   live lease), so activation costs little while tasks wait. Removal is read from the engine's history: every
 *   RECONCILE_MS the RECONCILE_BATCH open rows checked longest ago have their jobs' states read, and when a new
 *   task appears in an instance or item its other open tasks go first in line. Bound: a removed task leaves the
 *   inbox within RECONCILE_MS × ceil(open tasks / RECONCILE_BATCH) — 2 s per 200 open tasks, e.g. 10 s for
 *   1,000 — and within one round when the removal came with a new task in the same instance or item.
 */
@Injectable()
export class InboxProjector implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('InboxProjector');
  private reconciler?: UserTaskReconciler;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private running = new Set<Promise<unknown>>();
  private stopped = false;

  constructor(
    @Inject(WORKFLOW_ENGINE) private readonly engine: WorkflowEngine,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
    private readonly store: InboxTaskStore,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.engine === 'zeebe') {
      // DUBAN_INBOX_LEASE_MS: the reconciler's lease (default 60 s); shorter leases notice removals sooner.
      this.reconciler = new UserTaskReconciler(this.engine, this.store, { worker: 'duban-inbox', leaseMs: this.config.inboxLeaseMs });
      this.reconciler.start((error) => this.logger.error(`同步待办失败 / inbox reconcile failed: ${String(error)}`));
      return;
    }
    this.loop('activate', POLL_MS, () => this.activateOnce());
    this.loop('reconcile', RECONCILE_MS, () => this.reconcileOnce());
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    await this.reconciler?.stop();
    await Promise.allSettled([...this.running]);
  }

  /** Both steps at once — for specs that should not wait for the timers. */
  async syncNow(): Promise<void> {
    if (this.reconciler) await this.reconciler.reconcileOnce();
    else {
      await this.activateOnce();
      await this.reconcileOnce();
    }
  }

  /** Activates every activatable user-task job and projects it; returns how many. */
  async activateOnce(): Promise<number> {
    let seen = 0;
    for (;;) {
      const jobs = await this.engine.activateJobs({ type: USER_TASK_JOB_TYPE, worker: 'duban-inbox', maxJobsToActivate: BATCH, timeout: EMBEDDED_LEASE_MS });
      for (const [i, job] of jobs.entries()) {
        try {
          await this.store.upsert(job, Date.now());
        } catch (error) {
          // Hand this job and the rest of the batch back (retries unchanged) rather than leave them leased unseen.
          for (const left of jobs.slice(i)) {
            await this.engine.failJob({ jobKey: left.key, retries: left.retries, retryBackOff: HAND_BACK_MS, errorMessage: '待办投影失败，稍后重试 / inbox projection failed' }).catch(() => undefined);
          }
          throw error;
        }
      }
      seen += jobs.length;
      if (jobs.length > 0) {
        const items = jobs.map((j) => j.variables.itemId).filter((v): v is string => typeof v === 'string' && /^[0-9a-f-]{36}$/i.test(v));
        await this.store.checkSoon(jobs.map((j) => j.processInstanceKey), items, jobs.map((j) => j.key));
      }
      if (jobs.length < BATCH) return seen;
    }
  }

  /** Reads the job states of the open tasks checked longest ago; tasks whose job is gone leave the inbox. */
  async reconcileOnce(): Promise<number> {
    const rows = await this.store.nextToCheck(RECONCILE_BATCH);
    const byInstance = new Map<string, string[]>();
    for (const row of rows) byInstance.set(row.processInstanceKey, [...(byInstance.get(row.processInstanceKey) ?? []), row.id]);
    const completed: string[] = [];
    const gone: string[] = [];
    const alive: string[] = [];
    for (const [instanceKey, ids] of byInstance) {
      const states = new Map((await this.engine.history.listJobs(instanceKey)).map((job) => [job.key, job.state]));
      for (const id of ids) {
        const state = states.get(id);
        if (state === 'COMPLETED') completed.push(id);
        else if (state === undefined || GONE_STATES.has(state)) gone.push(id);
        else alive.push(id);
      }
    }
    // Completed outside this server's inbox API (e.g. a crash between the engine's answer and our commit).
    await this.store.remove(completed, 'completed');
    await this.store.remove(gone, 'job-gone');
    await this.store.markChecked(alive);
    return completed.length + gone.length;
  }

  private loop(name: string, everyMs: number, step: () => Promise<unknown>): void {
    const tick = () => {
      const run = step()
        .catch((error: unknown) => this.logger.error(`待办同步失败 / inbox sync failed: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => {
          this.running.delete(run);
          if (!this.stopped) this.timers.set(name, setTimeout(tick, everyMs));
        });
      this.running.add(run);
    };
    this.timers.set(name, setTimeout(tick, 0));
  }
}
