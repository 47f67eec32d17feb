import type { EngineUnderTest } from '@duban/conformance';
import type { Job, Variables, WorkflowHistory } from '@duban/workflow';
import { checkFormData } from './form-data.check.js';
import type { TenantBundle } from './tenant-bundle.js';
import { describeTask, UserTaskInbox, type OpenTask, type TaskQuery } from './user-task.inbox.js';
import { pollFor } from './poll.util.js';
import type { WorkersRecords } from './workers-records.js';
import type { JobTracker } from './job-tracker.js';

export interface Instance {
  readonly key: string;
  readonly processId: string;
}

export type WaitCondition = { completed: string; count?: number } | { active: string; count?: number } | { ended: true };

export interface Duration {
  days?: number;
  hours?: number;
  minutes?: number;
}

const CONTAINERS = new Set(['PROCESS', 'MULTI_INSTANCE_BODY', 'SEQUENCE_FLOW']);
const LIVE_JOB_STATES = new Set(['CREATED', 'ACTIVATED', 'FAILED', 'TIMED_OUT', 'RETRIES_UPDATED']);

/**
 * What a scenario script does and sees: start an item, act as a person on the next user task, move the clock,
 * publish messages, and read back paths, variables and the workers' records. Every wait polls with a deadline
 * and, when it runs out, says what was open and which incidents exist.
 */
export class ScenarioSession {
  private readonly inbox: UserTaskInbox;
  private readonly itemIds = new Set<string>();
  private readonly instanceKeys = new Set<string>();
  private readonly adoptedProcesses = new Set<string>();

  constructor(
    private readonly driver: EngineUnderTest,
    /** Deploy and start with the tenant id (embedded); false on a broker without multi-tenancy (Zeebe `<default>`). */
    private readonly tenantScoped: boolean,
    private readonly bundle: TenantBundle,
    readonly itemId: string,
    readonly records: WorkersRecords,
    private readonly tracker: JobTracker,
    private readonly timeoutMs: number,
    /** How long history must stay unchanged to count as settled (Zeebe's exporter writes it asynchronously). */
    private readonly quietMs = 120,
  ) {
    this.itemIds.add(itemId);
    this.inbox = new UserTaskInbox(driver.engine, (job) => this.isOwn(job));
  }

  get now(): Date {
    return new Date(this.driver.clock.now());
  }

  get history(): WorkflowHistory {
    return this.driver.engine.history;
  }

  /**
   * Starts a process of the tenant as the server does: `formData` is what a person entered in the process's start
   * form (checked against it), `extra` what the server or a caller adds; `itemId` and `tenantId` are set unless given.
   */
  async start(processId: string, formData: Variables = {}, extra: Variables = {}): Promise<Instance> {
    const formId = this.bundle.startForms.get(processId);
    const form = formId ? this.bundle.forms.get(formId) : undefined;
    const problems = form ? checkFormData(form, formData) : [];
    if (problems.length > 0) throw new Error(`the start form of ${processId} refuses the data: ${problems.join('; ')}`);
    const variables = { ...formData, ...extra };
    const itemId = typeof variables.itemId === 'string' ? variables.itemId : this.itemId;
    this.itemIds.add(itemId);
    const created = await this.driver.engine.createProcessInstance({
      bpmnProcessId: processId,
      variables: { itemId, tenantId: this.bundle.tenant, ...variables },
      tenantId: this.tenantScoped ? this.bundle.tenant : undefined,
    });
    this.instanceKeys.add(created.processInstanceKey);
    return { key: created.processInstanceKey, processId };
  }

  /** Tasks of processes started by the engine itself (timer or message start) count as the scenario's own. */
  adopt(processId: string): void {
    this.adoptedProcesses.add(processId);
  }

  /** Waits for the next open user task matching the query. */
  async task(query: TaskQuery): Promise<OpenTask> {
    return pollFor(`a user task ${JSON.stringify(stripFn(query))}`, this.timeoutMs, async () => {
      const found = (await this.inbox.find(query))[0];
      if (found && (await this.alive(found))) return found;
      if (found) await this.inbox.prune((task) => this.alive(task));
      return undefined;
    }, () => this.situation());
  }

  /** Acts as a person: takes the task and submits `data` through its form (checked against the form first). */
  async complete(query: TaskQuery, data: Variables = {}): Promise<OpenTask> {
    for (;;) {
      const task = await this.task(query);
      const formId = this.bundle.taskForms.get(`${task.processId}/${task.elementId}`);
      const form = formId ? this.bundle.forms.get(formId) : undefined;
      if (formId && !form) throw new Error(`${task.elementId} shows form ${formId}, which the tenant folder lacks`);
      const problems = form ? checkFormData(form, data) : [];
      if (problems.length > 0) throw new Error(`the form of ${describeTask(task)} refuses the data: ${problems.join('; ')}`);
      if (await this.inbox.complete(task, data)) return task;
    }
  }

  /** No matching task opens within `forMs` (e.g. nothing before the deadline). */
  async noTask(query: TaskQuery, forMs = 400): Promise<void> {
    const until = Date.now() + forMs;
    do {
      const found = (await this.inbox.find(query))[0];
      if (found && (await this.alive(found))) throw new Error(`expected no task like ${JSON.stringify(stripFn(query))}, found ${describeTask(found)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    } while (Date.now() < until);
  }

  openTasks(): OpenTask[] {
    return this.inbox.all();
  }

  async advance(duration: Duration): Promise<void> {
    const ms = ((duration.days ?? 0) * 24 * 60 + (duration.hours ?? 0) * 60 + (duration.minutes ?? 0)) * 60_000;
    await this.settle();
    await this.driver.advanceClock(ms);
    await this.settle();
  }

  /**
   * Waits until the automatic steps are done: no worker handler running, no generic job waiting in any instance
   * seen so far, and the instances' history unchanged over a short quiet spell (a timer that just fell due fires
   * within it, and a job it creates shows up).
   */
  async settle(quietMs = this.quietMs): Promise<void> {
    let previous = '';
    let since = Date.now();
    await pollFor('the workers to finish the automatic steps', this.timeoutMs, async () => {
      const keys = [...new Set([...this.instanceKeys, ...this.tracker.instances])];
      const parts = await Promise.all(keys.map(async (key) => {
        const [elements, jobs] = await Promise.all([this.history.listElementInstances(key), this.history.listJobs(key)]);
        const pending = jobs.some((job) => job.type.startsWith('duban:') && LIVE_JOB_STATES.has(job.state) && job.retries > 0);
        return { pending, signature: `${key}:${elements.map((e) => e.state[0]).join('')}:${jobs.map((j) => j.state[0]).join('')}` };
      }));
      const signature = parts.map((p) => p.signature).join('|');
      if (signature !== previous) [previous, since] = [signature, Date.now()];
      const idle = this.tracker.inFlight === 0 && !parts.some((p) => p.pending);
      return idle && Date.now() - since >= quietMs && Date.now() - this.tracker.lastActivity >= quietMs ? true : undefined;
    }, () => this.situation());
  }

  /** Moves the clock forward to an instant, e.g. `2026-10-11T09:00:00+08:00`. */
  async advanceTo(iso: string): Promise<void> {
    const target = Date.parse(iso);
    if (Number.isNaN(target)) throw new Error(`not a date-time: ${iso}`);
    const now = this.driver.clock.now();
    if (target < now) throw new Error(`cannot go back from ${this.now.toISOString()} to ${iso}`);
    await this.advance({ minutes: (target - now) / 60_000 });
  }

  /**
   * Publishes as the platform does for a tenant: the message carries `tenantId` (unless given), since a broker
   * without multi-tenancy cannot tell the tenant of a process the message starts.
   */
  async publish(name: string, correlationKey: string, variables: Variables = {}, timeToLive = 60_000): Promise<void> {
    await this.driver.engine.publishMessage({
      name,
      correlationKey,
      variables: { tenantId: this.bundle.tenant, ...variables },
      timeToLive,
      tenantId: this.tenantScoped ? this.bundle.tenant : undefined,
    });
  }

  async waitFor(instanceKey: string, condition: WaitCondition): Promise<void> {
    await pollFor(`${instanceKey} ${JSON.stringify(condition)}`, this.timeoutMs, async () => {
      if ('ended' in condition) {
        const state = (await this.history.getProcessInstance(instanceKey))?.state;
        return state === 'COMPLETED' || state === 'TERMINATED' ? true : undefined;
      }
      const [elementId, state] = 'completed' in condition ? [condition.completed, 'COMPLETED'] : [condition.active, 'ACTIVE'];
      const count = (await this.history.listElementInstances(instanceKey)).filter((e) => e.elementId === elementId && e.state === state).length;
      return count >= (condition.count ?? 1) ? true : undefined;
    }, () => this.situation());
  }

  /** Completed elements of an instance in activation order (no process, multi-instance bodies or flows). */
  async path(instanceKey: string): Promise<string[]> {
    await this.settle();
    const elements = await this.history.listElementInstances(instanceKey);
    const processId = (await this.history.getProcessInstance(instanceKey))?.bpmnProcessId;
    return elements
      .filter((e) => e.state === 'COMPLETED' && !CONTAINERS.has(e.elementType) && e.elementId !== processId)
      .map((e) => e.elementId);
  }

  /** Root-scope variables, once the automatic steps are done. */
  async variables(instanceKey: string): Promise<Record<string, unknown>> {
    await this.settle();
    const all = await this.history.listVariables(instanceKey);
    return Object.fromEntries(all.filter((v) => v.scopeKey === instanceKey).map((v) => [v.name, v.value]));
  }

  /** Variables of every scope named by the element id (multi-instance: one object per instance). */
  async localVariables(instanceKey: string, elementId: string): Promise<Record<string, unknown>[]> {
    await this.settle();
    const [elements, variables] = await Promise.all([this.history.listElementInstances(instanceKey), this.history.listVariables(instanceKey)]);
    return elements
      .filter((e) => e.elementId === elementId && e.elementType !== 'MULTI_INSTANCE_BODY')
      .map((e) => Object.fromEntries(variables.filter((v) => v.scopeKey === e.key).map((v) => [v.name, v.value])));
  }

  async state(instanceKey: string): Promise<string | undefined> {
    return (await this.history.getProcessInstance(instanceKey))?.state;
  }

  /** Instances seen so far (started or met through their tasks). */
  knownInstances(): string[] {
    return [...this.instanceKeys];
  }

  private isOwn(job: Job): boolean {
    const own =
      this.instanceKeys.has(job.processInstanceKey) ||
      this.itemIds.has(job.variables.itemId as string) ||
      this.adoptedProcesses.has(job.bpmnProcessId);
    if (own) this.instanceKeys.add(job.processInstanceKey);
    return own;
  }

  private async alive(task: OpenTask): Promise<boolean> {
    const jobs = await this.history.listJobs(task.instanceKey);
    const record = jobs.find((job) => job.key === task.job.key);
    return record === undefined || LIVE_JOB_STATES.has(record.state);
  }

  /** Open tasks and incidents, for timeout messages. */
  private async situation(): Promise<string> {
    const incidents = (await Promise.all(this.knownInstances().map((key) => this.history.listIncidents(key)))).flat().filter((i) => i.state === 'ACTIVE');
    const open = this.inbox.all().map(describeTask);
    return `open tasks: ${open.join('; ') || 'none'}; incidents: ${incidents.map((i) => `${i.elementId} ${i.errorType} ${i.errorMessage}`).join('; ') || 'none'}; clock ${this.now.toISOString()}`;
  }
}

function stripFn(query: TaskQuery): Omit<TaskQuery, 'where'> {
  const { where: _where, ...rest } = query;
  return rest;
}
