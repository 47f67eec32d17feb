import { isWorkflowError, WorkflowErrorCode, type Job, type WorkflowEngine } from '@duban/workflow';
import { pollUntil, sleep } from './poll.util.js';

/** Lease of jobs held by the pool: long, so a job activated for one scenario waits safely until it is taken. */
const LEASE_MS = 10 * 60_000;

/**
 * Scenarios run concurrently against one engine and share job types (every user task is
 * `io.camunda.zeebe:userTask`). The pool activates jobs on behalf of all of them and hands each job to the
 * scenario whose process it belongs to, so no scenario steals (and leases away) another's job.
 */
export class JobPool {
  private readonly buffered = new Map<string, Job[]>();
  private readonly activating = new Map<string, Promise<Job[]>>();

  constructor(
    private readonly engine: WorkflowEngine,
    private readonly workerName = 'conformance',
  ) {}

  /** The next job of `type` that `accept` wants, waiting up to `timeoutMs`. */
  async take(type: string, accept: (job: Job) => boolean, timeoutMs: number, fetchVariable?: string[]): Promise<Job> {
    return pollUntil(
      `a job of type "${type}"`,
      async () => {
        const found = this.takeBuffered(type, accept);
        if (found) return { done: true, value: found };
        await this.activate(type, fetchVariable);
        const next = this.takeBuffered(type, accept);
        return next ? { done: true, value: next } : { done: false, seen: `${this.buffered.get(type)?.length ?? 0} other jobs` };
      },
      timeoutMs,
    );
  }

  /**
   * The first job `accept` wants that becomes activatable within `forMs`, or undefined. Jobs already held by
   * the pool do not count: the question is whether the engine offers one.
   */
  async expectNone(type: string, accept: (job: Job) => boolean, forMs: number): Promise<Job | undefined> {
    const deadline = Date.now() + forMs;
    do {
      const found = (await this.activate(type)).find(accept);
      if (found) return found;
      await sleep(50);
    } while (Date.now() < deadline);
    return undefined;
  }

  giveBack(job: Job): void {
    const list = this.buffered.get(job.type) ?? [];
    list.unshift(job);
    this.buffered.set(job.type, list);
  }

  private takeBuffered(type: string, accept: (job: Job) => boolean): Job | undefined {
    const list = this.buffered.get(type);
    if (!list) return undefined;
    const index = list.findIndex(accept);
    return index < 0 ? undefined : list.splice(index, 1)[0];
  }

  /** One activation per type at a time; concurrent callers share it. */
  private async activate(type: string, fetchVariable?: string[]): Promise<Job[]> {
    const running = this.activating.get(type);
    if (running) return running;
    const call = (async () => {
      try {
        const jobs = await this.engine.activateJobs({
          type,
          worker: this.workerName,
          maxJobsToActivate: 8,
          timeout: LEASE_MS,
          fetchVariable,
        });
        const list = this.buffered.get(type) ?? [];
        list.push(...jobs);
        this.buffered.set(type, list);
        return jobs;
      } catch (error) {
        // An unreachable engine shows up as a timeout of the step with this reason.
        if (!isWorkflowError(error, WorkflowErrorCode.Unavailable)) throw error;
        return [];
      } finally {
        this.activating.delete(type);
      }
    })();
    this.activating.set(type, call);
    return call;
  }
}
