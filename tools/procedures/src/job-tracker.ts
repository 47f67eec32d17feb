import type { Job, JobActions, WorkerConfig, WorkflowEngine } from '@duban/workflow';

/**
 * Watches the generic workers' jobs through the engine they are given: how many handlers run, which instances
 * they served, when they last did something. The session waits for quiet before it moves the clock, so that
 * every automatic step happens at the time it was due (a deadline computed after a jump would be wrong).
 */
export class JobTracker {
  inFlight = 0;
  lastActivity = Date.now();
  readonly instances = new Set<string>();

  /** The same engine, except that workers it creates report to this tracker. */
  wrap(engine: WorkflowEngine): WorkflowEngine {
    return new Proxy(engine, {
      get: (target, property, receiver) => {
        if (property !== 'createWorker') {
          const value: unknown = Reflect.get(target, property, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        }
        const createWorker = (config: WorkerConfig) =>
          target.createWorker({
            ...config,
            taskHandler: async (job: Job & JobActions) => {
              this.inFlight += 1;
              this.instances.add(job.processInstanceKey);
              try {
                return await config.taskHandler(job);
              } finally {
                this.inFlight -= 1;
                this.lastActivity = Date.now();
              }
            },
          });
        return createWorker;
      },
    });
  }
}
