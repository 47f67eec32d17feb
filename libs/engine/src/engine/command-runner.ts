import type pg from 'pg';
import { WorkflowError, WorkflowErrorCode } from '@duban/workflow';
import { KeysExhausted, type KeyGenerator } from '../db/key-generator.js';
import { JobPusher } from '../jobs/job-pusher.js';
import { correlateBufferedMessages } from '../messages/buffered-correlation.js';
import { startBufferedAfterEnd } from '../messages/message-start.js';
import { Execution, type ExecutionEnv } from '../runtime/execution.js';
import { InstanceState } from '../runtime/instance-state.js';
import type { ElementInstanceRow, JobRow, ProcessInstanceRow, VariableRow } from '../runtime/runtime-types.js';
import { activatableTypes, changesOf, mergeChanges } from '../runtime/state-changes.js';
import { buildFlush } from '../sql/flush-changes.sql.js';
import { loadInstanceSql } from '../sql/load-instance.sql.js';
import { CommandBatcher } from './command-batcher.js';
import { DeferredFlushes } from './deferred-flush.js';
import type { DefinitionRepository } from './definition-repository.js';
import { notFound } from './variables-guard.js';

export interface BatchingOptions {
  /** Command transactions open at once; default 8. */
  maxConcurrentTransactions?: number;
  /** Commands sharing one transaction at most; 1 turns group commit off. Default 32. */
  maxCommandsPerTransaction?: number;
}

export interface InstanceOptions {
  /** The caller already holds the root row lock. */
  locked?: boolean;
  /** Load this job with the working set (undefined on the execution when it is not open). */
  jobKey?: string;
}

export type Tx = pg.PoolClient;

interface WorkingSet {
  root_key?: string;
  pis: ProcessInstanceRow[];
  eis: ElementInstanceRow[];
  vars: VariableRow[];
  job: JobRow | null;
}

const RETRYABLE = new Set(['40001', '40P01']);

/**
 * Runs every command as one transaction, and an instance's token movement under the lock of its root process
 * instance. Retries deadlocks/serialization failures and key-block exhaustion a few times.
 */
export class CommandRunner {
  private readonly loadSql: string;
  private readonly lockLoadSql: string;
  private readonly lockLoadJobsSql: string;
  private readonly preloaded = new WeakMap<Tx, Map<string, WorkingSet & { root_key: string }>>();
  private readonly touched = new WeakMap<Tx, Set<string>>();

  constructor(
    readonly pool: pg.Pool,
    readonly schema: string,
    readonly keys: KeyGenerator,
    readonly definitions: DefinitionRepository,
    private readonly now: () => number,
    private readonly envExtras: Pick<ExecutionEnv, 'evaluateDecision'> = {},
    batching: BatchingOptions = {},
  ) {
    this.loadSql = loadInstanceSql(schema);
    this.lockLoadSql = `select root_key, pis, eis, vars, job from ${schema}.lock_load($1, $2)`;
    this.lockLoadJobsSql = `select job_key, root_key, pis, eis, vars, job from ${schema}.lock_load_jobs($1::bigint[])`;
    this.batcher = new CommandBatcher(
      (work) => this.soloTransaction(work),
      (works) => this.sharedTransaction(works),
      batching.maxConcurrentTransactions ?? 8,
      batching.maxCommandsPerTransaction ?? 32,
    );
  }

  private readonly batcher: CommandBatcher;
  private readonly deferred = new DeferredFlushes(
    (client, execs) => this.write(client, execs),
    // the hierarchy lock-and-load is checked by its caller; process definitions are written by deployments only
    (query) => /^(lockload|lockloadjobs|latestdef)_/.test((query as { name?: string } | null)?.name ?? ''),
  );
  /** Job types made activatable by the open transaction of each client; announced locally after commit. */
  private readonly pendingTypes = new WeakMap<Tx, Set<string>>();
  /** New jobs for this process's workers, handed over after commit. */
  readonly pusher = new JobPusher();
  /** Wakes this process's workers at once after a commit (NOTIFY reaches the other processes). */
  onJobsActivatable: (types: Set<string>) => void = () => undefined;

  private announce(tx: Tx): void {
    const types = this.pendingTypes.get(tx);
    this.pendingTypes.delete(tx);
    if (types && types.size > 0) this.onJobsActivatable(types);
  }

  /**
   * One command, one transaction — possibly shared with concurrent commands (see CommandBatcher). A job command names
   * its job: a shared transaction locks and loads the hierarchies of all its job commands in one statement.
   */
  transaction<T>(work: (tx: Tx) => Promise<T>, hint: { jobKey?: string } = {}): Promise<T> {
    return this.batcher.submit(Object.assign(work, hint));
  }

  /** A transaction of its own (deployments, timer firing). */
  async soloTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    let keysWanted = 200;
    for (let attempt = 1; ; attempt += 1) {
      await this.keys.reserve(keysWanted);
      const client = await this.pool.connect();
      let released = false;
      try {
        await client.query('begin');
        this.pendingTypes.delete(client);
        const result = await work(client);
        await client.query('commit');
        this.announce(client);
        this.pusher.committed(client);
        return result;
      } catch (error) {
        this.pusher.rolledBack(client);
        await client.query('rollback').catch(() => {
          client.release(true);
          released = true;
        });
        if (error instanceof KeysExhausted && attempt < 6) {
          keysWanted *= 8;
          continue;
        }
        if (RETRYABLE.has((error as { code?: string }).code ?? '') && attempt < 6) continue;
        throw error;
      } finally {
        if (!released) client.release();
      }
    }
  }

  /** Several commands in one transaction; any failure rolls all back (the batcher then runs them alone). */
  private async sharedTransaction(works: ((tx: Tx) => Promise<unknown>)[]): Promise<unknown[]> {
    await this.keys.reserve(200 * works.length);
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query('begin');
      this.pendingTypes.delete(client);
      const tx = this.deferred.open(client);
      await this.preload(tx, works.map((work) => (work as { jobKey?: string }).jobKey).filter((key): key is string => key !== undefined));
      const results: unknown[] = [];
      for (const work of works) results.push(await work(tx));
      await this.deferred.writeAll(tx);
      await client.query('commit');
      this.announce(client);
      this.pusher.committed(client);
      return results;
    } catch (error) {
      this.pusher.rolledBack(client);
      await client.query('rollback').catch(() => (broken = true));
      throw error;
    } finally {
      client.release(broken);
    }
  }

  nowMillis(): number {
    return this.now();
  }

  env(tx: Tx): ExecutionEnv {
    return { db: tx, schema: this.schema, now: this.now(), keys: this.keys, definitions: this.definitions, ...this.envExtras };
  }

  /**
   * Locks and loads a hierarchy, lets `work` start token movement, runs it to rest, and writes the changes.
   */
  async withInstance<T>(tx: Tx, rootKey: string, work: (exec: Execution) => Promise<T> | T, options: InstanceOptions = {}): Promise<T> {
    const values = [rootKey, options.jobKey ?? null];
    const { rows } = options.locked
      ? await tx.query<WorkingSet>({ name: `load_${this.schema}`, text: this.loadSql, values })
      : await tx.query<WorkingSet>({ name: `lockload_${this.schema}`, text: this.lockLoadSql, values });
    if (!rows[0]) throw new WorkflowError(WorkflowErrorCode.NotFound, `未找到流程实例 / process instance ${rootKey} not found`);
    return this.execute(tx, rootKey, await this.fresh(tx, rootKey, options.jobKey ?? null, rows[0]), work);
  }

  /** The hierarchy of a job, locked and loaded by the job key in one round trip; NOT_FOUND for an unknown job. */
  async withJobInstance<T>(tx: Tx, jobKey: string, work: (exec: Execution) => Promise<T> | T): Promise<T> {
    const preloaded = this.preloaded.get(tx)?.get(jobKey);
    if (preloaded && !this.touched.get(tx)?.has(preloaded.root_key)) return this.execute(tx, preloaded.root_key, preloaded, work);
    const { rows } = await tx.query<WorkingSet & { root_key: string }>({ name: `lockload_${this.schema}`, text: this.lockLoadSql, values: [null, jobKey] });
    if (!rows[0]) throw notFound('作业 / job', jobKey);
    return this.execute(tx, rows[0].root_key, await this.fresh(tx, rows[0].root_key, jobKey, rows[0]), work);
  }

  /** A working set read while changes of an earlier command of the same transaction were still pending is read again. */
  private async fresh(tx: Tx, rootKey: string, jobKey: string | null, set: WorkingSet): Promise<WorkingSet> {
    if (!this.deferred.isPending(tx, rootKey)) return set;
    await this.deferred.writeAll(tx);
    const { rows } = await tx.query<WorkingSet>({ name: `load_${this.schema}`, text: this.loadSql, values: [rootKey, jobKey] });
    return rows[0]!;
  }

  /** Working sets of the jobs of a shared transaction's job commands, read before any of them ran (lock_load_jobs). */
  private async preload(tx: Tx, jobKeys: string[]): Promise<void> {
    if (jobKeys.length < 2) return;
    const { rows } = await tx.query<WorkingSet & { root_key: string; job_key: string }>({ name: `lockloadjobs_${this.schema}`, text: this.lockLoadJobsSql, values: [jobKeys] });
    this.preloaded.set(tx, new Map(rows.map((row) => [row.job_key, row])));
    this.touched.set(tx, new Set());
  }

  private async execute<T>(tx: Tx, rootKey: string, set: WorkingSet, work: (exec: Execution) => Promise<T> | T): Promise<T> {
    // a preloaded working set of this hierarchy is out of date once a command of the transaction ran on it
    this.touched.get(tx)?.add(rootKey);
    const state = new InstanceState(rootKey);
    state.load(set.pis, set.eis, set.vars);
    const exec = new Execution(this.env(tx), state);
    exec.job = set.job ?? undefined;
    await exec.prepare();
    const result = await work(exec);
    await exec.run();
    await correlateBufferedMessages(this.schema, exec);
    if (!this.deferred.defer(tx, exec)) await this.write(tx, [exec]);
    return result;
  }

  /** A new hierarchy: nothing to lock or load. */
  async withNewInstance<T>(tx: Tx, rootKey: string, work: (exec: Execution) => Promise<T> | T): Promise<T> {
    const exec = new Execution(this.env(tx), new InstanceState(rootKey));
    const result = await work(exec);
    await exec.run();
    await correlateBufferedMessages(this.schema, exec);
    if (!this.deferred.defer(tx, exec)) await this.write(tx, [exec]);
    return result;
  }

  /** Writes the changes of executions (one statement), then what follows from them after the write. */
  private async write(tx: Tx, execs: Execution[]): Promise<void> {
    const client = this.deferred.clientOf(tx);
    this.pusher.claim(client, execs);
    const flush = buildFlush(this.schema, mergeChanges(execs.map(changesOf)));
    if (flush) await tx.query(flush);
    for (const exec of execs) {
      const activatable = activatableTypes(exec);
      if (activatable.size > 0) {
        const types = this.pendingTypes.get(client) ?? new Set<string>();
        for (const type of activatable) types.add(type);
        this.pendingTypes.set(client, types);
      }
      const endedByMessage = [...exec.state.dirtyProcessInstances]
        .map((key) => exec.state.processInstances.get(key)!)
        .filter((pi) => pi.state !== 'ACTIVE' && pi.correlation_key !== null && pi.parent_process_instance_key === null);
      if (endedByMessage.length > 0) await startBufferedAfterEnd(this, tx, endedByMessage);
    }
  }
}
