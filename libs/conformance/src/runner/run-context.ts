import type { Job, JobWorker } from '@duban/workflow';
import type { EngineUnderTest } from '../driver/engine-under-test.js';
import type { JobPool } from './job-pool.js';

/** The state of one scenario run, shared by its steps. */
export interface RunContext {
  readonly driver: EngineUnderTest;
  readonly pool: JobPool;
  /** Process ids deployed by this scenario: its jobs are those of these processes. */
  readonly processIds: Set<string>;
  /** Instance aliases (`main`, bound children, message-started instances) to keys. */
  readonly instances: Map<string, string>;
  readonly workers: JobWorker[];
  readonly stepTimeoutMs: number;
  /** Reads a fixture of the scenario's area, `RUNID` already replaced. */
  readonly fixture: (name: string) => Promise<string>;
}

export function instanceKey(context: RunContext, alias = 'main'): string {
  const key = context.instances.get(alias);
  if (!key) throw new Error(`no instance known as "${alias}" (create it or bind it from a job first)`);
  return key;
}

export function belongsToScenario(context: RunContext, job: Job, elementId?: string): boolean {
  return context.processIds.has(job.bpmnProcessId) && (elementId === undefined || job.elementId === elementId);
}
