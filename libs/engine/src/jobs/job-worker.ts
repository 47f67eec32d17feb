import {
  JOB_ACTION_ACKNOWLEDGEMENT,
  type CustomHeaders,
  type Job,
  type JobActions,
  type JobWorker,
  type Variables,
  type WorkerConfig,
  type WorkflowEngine,
} from '@duban/workflow';
import type { JobNotifier } from './job-notifier.js';
import type { PushTarget } from './job-pusher.js';

type Port = Pick<WorkflowEngine, 'activateJobs' | 'completeJob' | 'failJob' | 'throwError'>;

/**
 * A polling worker shaped like @camunda8/sdk's: activates up to maxJobsToActivate jobs, runs the handler for each,
 * a throwing handler fails the job with retries - 1. NOTIFY only shortens the wait; close() drains.
 */
export class PollingJobWorker<V extends Variables, H extends CustomHeaders> implements JobWorker, PushTarget {
  private readonly inFlight = new Set<Promise<void>>();
  /** Capacity promised to jobs pushed by a transaction that has not committed yet. */
  private reserved = 0;
  readonly type: string;
  readonly name: string;
  readonly timeout: number;
  readonly fetchVariable: string[] | undefined;
  readonly tenantIds: string[] | undefined;
  private closing = false;
  private wakeUp: (() => void) | undefined;
  /** A wake-up that came while the loop was busy: the next wait returns at once. */
  private pendingWake = false;
  private readonly loop: Promise<void>;
  private readonly unsubscribe: () => void;
  private readonly max: number;

  constructor(
    private readonly port: Port,
    notifier: JobNotifier,
    private readonly config: WorkerConfig<V, H>,
    private readonly onError: (error: unknown) => void,
  ) {
    this.max = config.maxJobsToActivate ?? 32;
    this.type = config.taskType;
    this.name = config.worker ?? `worker-${config.taskType}`;
    this.timeout = config.timeout ?? 300_000;
    this.fetchVariable = config.fetchVariable;
    this.tenantIds = config.tenantIds;
    this.unsubscribe = notifier.subscribe(config.taskType, () => this.wake());
    this.loop = this.run();
  }

  async close(): Promise<void> {
    this.closing = true;
    this.wake();
    this.unsubscribe();
    await this.loop;
    // a job pushed by a transaction still open arrives after its commit (or its unit comes back on rollback)
    while (this.inFlight.size > 0 || this.reserved > 0) {
      await Promise.allSettled([...this.inFlight]);
      if (this.reserved > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  reserve(): boolean {
    if (this.closing || this.inFlight.size + this.reserved >= this.max) return false;
    this.reserved += 1;
    return true;
  }

  deliver(job: Job): void {
    this.reserved -= 1;
    this.track(this.handle(job as Job<V, H>));
  }

  release(): void {
    this.reserved -= 1;
  }

  private wake(): void {
    const wake = this.wakeUp;
    this.wakeUp = undefined;
    if (wake) wake();
    else this.pendingWake = true;
  }

  private async run(): Promise<void> {
    const pollInterval = this.config.pollInterval ?? 1000;
    while (!this.closing) {
      const capacity = this.max - this.inFlight.size - this.reserved;
      let activated = 0;
      if (capacity > 0) {
        try {
          const jobs = await this.port.activateJobs<V, H>({
            type: this.config.taskType,
            worker: this.name,
            maxJobsToActivate: capacity,
            timeout: this.timeout,
            fetchVariable: this.config.fetchVariable,
            tenantIds: this.config.tenantIds,
          });
          activated = jobs.length;
          for (const job of jobs) this.track(this.handle(job));
        } catch (error) {
          this.onError(error);
        }
      }
      if (this.closing) break;
      if (activated > 0 && activated === capacity) continue;
      if (this.pendingWake && this.inFlight.size + this.reserved < this.max) {
        this.pendingWake = false;
        continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollInterval);
        this.wakeUp = () => {
          clearTimeout(timer);
          this.pendingWake = false;
          resolve();
        };
      });
    }
  }

  private track(promise: Promise<void>): void {
    this.inFlight.add(promise);
    void promise.finally(() => {
      this.inFlight.delete(promise);
      if (this.inFlight.size === this.max - 1) this.wake();
    });
  }

  private async handle(job: Job<V, H>): Promise<void> {
    const actions: JobActions = {
      complete: async (variables?: Variables) => {
        await this.port.completeJob({ jobKey: job.key, variables });
        return JOB_ACTION_ACKNOWLEDGEMENT;
      },
      fail: async (failure) => {
        const details = typeof failure === 'string' ? { errorMessage: failure } : failure;
        await this.port.failJob({
          jobKey: job.key,
          retries: details.retries ?? job.retries - 1,
          errorMessage: details.errorMessage,
          retryBackOff: details.retryBackOff,
          variables: details.variables,
        });
        return JOB_ACTION_ACKNOWLEDGEMENT;
      },
      error: async (error) => {
        await this.port.throwError({ jobKey: job.key, ...error });
        return JOB_ACTION_ACKNOWLEDGEMENT;
      },
    };
    try {
      await this.config.taskHandler(Object.assign(Object.create(null), job, actions) as Job<V, H> & JobActions);
    } catch (error) {
      try {
        await this.port.failJob({ jobKey: job.key, retries: job.retries - 1, errorMessage: (error as Error)?.message ?? String(error) });
      } catch (failError) {
        this.onError(failError);
      }
    }
  }
}
