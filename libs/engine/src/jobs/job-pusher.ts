import type { Job, JsonValue } from '@duban/workflow';
import type { Execution } from '../runtime/execution.js';
import type { JobRow } from '../runtime/runtime-types.js';

/** A local worker that can take a job the moment it is created. */
export interface PushTarget {
  readonly type: string;
  readonly name: string;
  readonly timeout: number;
  readonly fetchVariable?: string[];
  readonly tenantIds?: string[];
  /** Takes one unit of capacity if free. */
  reserve(): boolean;
  /** Hands over a job for a reserved unit (after commit). */
  deliver(job: Job): void;
  /** Gives a reserved unit back (the transaction rolled back). */
  release(): void;
}

/**
 * Job push, as Zeebe streams jobs to waiting workers: a job a command creates goes straight to a local worker of its
 * type that has free capacity. It is written already activated (lease and ACTIVATED event, like an activation) and
 * handed over after commit — no activation round trip, no wake-up wait. A rollback gives the capacity back; a crash
 * between commit and handler leaves a lease that expires, as after any activation. Workers of other engine processes
 * still poll and get every job not pushed.
 */
export class JobPusher {
  private readonly targets = new Map<string, Set<PushTarget>>();
  private readonly claimed = new WeakMap<object, { target: PushTarget; job: Job }[]>();

  register(target: PushTarget): () => void {
    let set = this.targets.get(target.type);
    if (!set) {
      set = new Set();
      this.targets.set(target.type, set);
    }
    set.add(target);
    return () => set.delete(target);
  }

  /** Activates, for local workers, the new jobs of executions about to be written on `client`. */
  claim(client: object, execs: Execution[]): void {
    if (this.targets.size === 0) return;
    for (const exec of execs) {
      for (const job of exec.state.newJobs.values()) {
        if (!job.open || job.state !== 'CREATED' || job.retries <= 0 || exec.state.jobUpdates.has(job.key)) continue;
        const target = this.pick(job);
        if (!target) continue;
        const deadline = exec.now + target.timeout;
        Object.assign(job, { state: 'ACTIVATED', worker: target.name, deadline, available_at: deadline, updated_at: exec.now });
        exec.state.jobEvents.push({
          job_key: job.key,
          process_instance_key: job.process_instance_key,
          state: 'ACTIVATED',
          retries: job.retries,
          worker: target.name,
          error_message: null,
          error_code: null,
          at: exec.now,
        });
        const list = this.claimed.get(client) ?? [];
        list.push({ target, job: toJob(job, variablesOf(exec, job, target.fetchVariable)) });
        this.claimed.set(client, list);
      }
    }
  }

  /** The transaction on `client` committed: the claimed jobs go to their workers. */
  committed(client: object): void {
    const list = this.claimed.get(client);
    this.claimed.delete(client);
    for (const { target, job } of list ?? []) target.deliver(job);
  }

  /** The transaction on `client` rolled back: nothing was activated. */
  rolledBack(client: object): void {
    const list = this.claimed.get(client);
    this.claimed.delete(client);
    for (const { target } of list ?? []) target.release();
  }

  private pick(job: JobRow): PushTarget | undefined {
    for (const target of this.targets.get(job.type) ?? []) {
      if (target.tenantIds?.length && !target.tenantIds.includes(job.tenant_id)) continue;
      if (target.reserve()) return target;
    }
    return undefined;
  }
}

/** The job's variables as activation reads them after commit: its scopes root first, deeper scopes winning. */
function variablesOf(exec: Execution, job: JobRow, names: string[] | undefined): Record<string, JsonValue> {
  const variables: Record<string, JsonValue> = {};
  for (const scopeKey of job.scope_keys) {
    for (const [name, value] of exec.state.variables.get(scopeKey) ?? []) {
      if (!names?.length || names.includes(name)) variables[name] = value;
    }
  }
  return variables;
}

function toJob(job: JobRow, variables: Record<string, JsonValue>): Job {
  return {
    key: job.key,
    type: job.type,
    processInstanceKey: job.process_instance_key,
    bpmnProcessId: job.bpmn_process_id,
    processDefinitionVersion: job.version,
    processDefinitionKey: job.definition_key,
    elementId: job.element_id,
    elementInstanceKey: job.element_instance_key,
    customHeaders: job.custom_headers,
    worker: job.worker!,
    retries: job.retries,
    deadline: job.deadline!,
    variables,
    tenantId: job.tenant_id,
  };
}
