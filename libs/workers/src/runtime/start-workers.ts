import type { JobWorker, WorkflowEngine } from '@duban/workflow';
import { ALL_HANDLERS } from '../handlers/index.js';
import type { JobTypeName } from '../job-types.js';
import { toJobHandler } from './job-runner.js';
import type { WorkerDeps } from './worker-deps.js';

export interface StartWorkersOptions {
  /** Name recorded on activated jobs. */
  worker?: string;
  maxJobsToActivate?: number;
  /** Lease per job, ms; document generation is the slowest handler (well under a second). */
  timeout?: number;
  pollInterval?: number;
  /** Only these job types; all when omitted. */
  types?: readonly JobTypeName[];
  tenantIds?: string[];
}

export interface RunningWorkers {
  readonly types: readonly JobTypeName[];
  /** Stops polling and waits for the handlers in flight. */
  close(): Promise<void>;
}

/** Registers one engine worker per job type. Works with any implementation of the port (embedded or Zeebe). */
export function startWorkers(engine: WorkflowEngine, deps: WorkerDeps, options: StartWorkersOptions = {}): RunningWorkers {
  const withEngine: WorkerDeps = { ...deps, messages: deps.messages ?? engine };
  const handlers = ALL_HANDLERS.filter((handler) => !options.types || options.types.includes(handler.type));
  const workers: JobWorker[] = handlers.map((handler) =>
    engine.createWorker({
      taskType: handler.type,
      taskHandler: toJobHandler(handler, withEngine),
      worker: options.worker ?? 'duban-workers',
      maxJobsToActivate: options.maxJobsToActivate ?? 8,
      timeout: options.timeout ?? 60_000,
      pollInterval: options.pollInterval,
      tenantIds: options.tenantIds,
    }),
  );
  return {
    types: handlers.map((handler) => handler.type),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.close()));
    },
  };
}
