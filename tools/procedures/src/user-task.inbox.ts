import { isWorkflowError, USER_TASK_JOB_TYPE, UserTaskHeader, WorkflowErrorCode, type Job, type Variables, type WorkflowEngine } from '@duban/workflow';

/** A job-worker user task as a person sees it in the inbox. */
export interface OpenTask {
  readonly job: Job;
  readonly elementId: string;
  readonly processId: string;
  readonly instanceKey: string;
  readonly assignee?: string;
  readonly candidateGroups: string[];
  readonly candidateUsers: string[];
  readonly dueDate?: string;
  readonly variables: Readonly<Record<string, unknown>>;
}

/** Which task a person takes: every given criterion must hold. */
export interface TaskQuery {
  element?: string;
  process?: string;
  /** The task is offered to this candidate group. */
  group?: string;
  assignee?: string;
  /** The task is offered to this candidate user. */
  user?: string;
  instanceKey?: string;
  where?: (task: OpenTask) => boolean;
}

const LEASE_MS = 5 * 60_000;

/**
 * Activates `io.camunda.zeebe:userTask` jobs for one scenario and keeps those that are its own. Foreign jobs
 * (other runs on a shared broker) are handed back at once by failing them with unchanged retries.
 */
export class UserTaskInbox {
  private readonly held = new Map<string, OpenTask>();

  constructor(
    private readonly engine: WorkflowEngine,
    private readonly isOwn: (job: Job) => boolean,
  ) {}

  /** Refreshes from the engine; returns the open tasks matching the query, oldest first. */
  async find(query: TaskQuery): Promise<OpenTask[]> {
    await this.refresh();
    return [...this.held.values()].filter((task) => matches(task, query));
  }

  all(): OpenTask[] {
    return [...this.held.values()];
  }

  async complete(task: OpenTask, variables: Variables): Promise<boolean> {
    this.held.delete(task.job.key);
    try {
      await this.engine.completeJob({ jobKey: task.job.key, variables });
      return true;
    } catch (error) {
      // The task vanished meanwhile (an interrupting timer): the caller looks again.
      if (isWorkflowError(error, WorkflowErrorCode.NotFound)) return false;
      throw error;
    }
  }

  /** Forgets tasks whose job no longer exists (interrupted, cancelled). */
  async prune(alive: (task: OpenTask) => Promise<boolean>): Promise<void> {
    for (const task of [...this.held.values()]) if (!(await alive(task))) this.held.delete(task.job.key);
  }

  private async refresh(): Promise<void> {
    const jobs = await this.engine.activateJobs({
      type: USER_TASK_JOB_TYPE,
      worker: 'procedure-scenarios',
      maxJobsToActivate: 32,
      timeout: LEASE_MS,
    });
    for (const job of jobs) {
      if (this.isOwn(job)) this.held.set(job.key, toTask(job));
      else await this.engine.failJob({ jobKey: job.key, retries: job.retries, errorMessage: 'not this scenario', retryBackOff: 0 }).catch(() => undefined);
    }
  }
}

export function describeTask(task: OpenTask): string {
  const who = [task.assignee && `assignee ${task.assignee}`, task.candidateGroups.length > 0 && `groups ${task.candidateGroups.join('|')}`, task.candidateUsers.length > 0 && `users ${task.candidateUsers.join('|')}`];
  return `${task.processId}/${task.elementId} (${who.filter(Boolean).join(', ')})`;
}

function matches(task: OpenTask, query: TaskQuery): boolean {
  return (
    (query.element === undefined || task.elementId === query.element) &&
    (query.process === undefined || task.processId === query.process) &&
    (query.group === undefined || task.candidateGroups.includes(query.group)) &&
    (query.assignee === undefined || task.assignee === query.assignee) &&
    (query.user === undefined || task.candidateUsers.includes(query.user)) &&
    (query.instanceKey === undefined || task.instanceKey === query.instanceKey) &&
    (query.where?.(task) ?? true)
  );
}

function toTask(job: Job): OpenTask {
  const headers = job.customHeaders;
  return {
    job,
    elementId: job.elementId,
    processId: job.bpmnProcessId,
    instanceKey: job.processInstanceKey,
    assignee: headers[UserTaskHeader.assignee] || undefined,
    candidateGroups: jsonList(headers[UserTaskHeader.candidateGroups]),
    candidateUsers: jsonList(headers[UserTaskHeader.candidateUsers]),
    dueDate: headers[UserTaskHeader.dueDate] || undefined,
    variables: job.variables,
  };
}

function jsonList(value: string | undefined): string[] {
  if (!value) return [];
  const parsed: unknown = JSON.parse(value);
  return Array.isArray(parsed) ? parsed.map(String) : [String(parsed)];
}
