import type pg from 'pg';
import { WorkflowError, WorkflowErrorCode } from '@duban/workflow';
import { KeysExhausted, type KeyGenerator } from '../db/key-generator.js';
import { correlateBufferedMessages } from '../messages/buffered-correlation.js';
import { startBufferedAfterEnd } from '../messages/message-start.js';
import { Execution, type ExecutionEnv } from '../runtime/execution.js';
import { InstanceState } from '../runtime/instance-state.js';
import type { ElementInstanceRow, JobRow, ProcessInstanceRow, VariableRow } from '../runtime/runtime-types.js';

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
import { buildFlush } from '../sql/flush-changes.sql.js';
import { changesOf } from '../runtime/state-changes.js';
import { loadInstanceSql, lockRootSql } from '../sql/load-instance.sql.js';
import { CommandBatcher } from './command-batcher.js';
import type { DefinitionRepository } from './definition-repository.js';

export type Tx = pg.PoolClient;

const RETRYABLE = new Set(['40001', '40P01']);

/**
 * Runs every command as one transaction, and an instance's token movement under the lock of its root process
 * instance. Retries deadlocks/serialization failures and key-block exhaustion a few times.
 */
export class CommandRunner {
  private readonly loadSql: string;
  private readonly lockSql: string;

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
    this.lockSql = lockRootSql(schema);
    this.batcher = new CommandBatcher(
      (work) => this.soloTransaction(work),
      (works) => this.sharedTransaction(works),
      batching.maxConcurrentTransactions ?? 8,
      batching.maxCommandsPerTransaction ?? 32,
    );
  }

  private readonly batcher: CommandBatcher;
  /** Job types made activatable by the open transaction of each client; announced locally after commit. */
  private readonly pendingTypes = new WeakMap<Tx, Set<string>>();
  /** Wakes this process's workers at once after a commit (NOTIFY reaches the other processes). */
  onJobsActivatable: (types: Set<string>) => void = () => undefined;

  private announce(tx: Tx): void {
    const types = this.pendingTypes.get(tx);
    this.pendingTypes.delete(tx);
    if (types && types.size > 0) this.onJobsActivatable(types);
  }

  /** One command, one transaction — possibly shared with concurrent commands (see CommandBatcher). */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.batcher.submit(work);
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
        return result;
      } catch (error) {
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
      const results: unknown[] = [];
      for (const work of works) results.push(await work(client));
      await client.query('commit');
      this.announce(client);
      return results;
    } catch (error) {
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
    if (!options.locked) {
      const lock = await tx.query({ name: `lock_${this.schema}`, text: this.lockSql, values: [rootKey] });
      if (lock.rowCount === 0) throw new WorkflowError(WorkflowErrorCode.NotFound, `未找到流程实例 / process instance ${rootKey} not found`);
    }
    const { rows } = await tx.query<{ pis: ProcessInstanceRow[]; eis: ElementInstanceRow[]; vars: VariableRow[]; job: JobRow | null }>({
      name: `load_${this.schema}`,
      text: this.loadSql,
      values: [rootKey, options.jobKey ?? null],
    });
    const row = rows[0];
    if (!row) throw new WorkflowError(WorkflowErrorCode.NotFound, `未找到流程实例 / process instance ${rootKey} not found`);
    const state = new InstanceState(rootKey);
    state.load(row.pis, row.eis, row.vars);
    const exec = new Execution(this.env(tx), state);
    exec.job = row.job ?? undefined;
    await exec.prepare();
    const result = await work(exec);
    await exec.run();
    await correlateBufferedMessages(this.schema, exec);
    await this.flush(tx, exec);
    return result;
  }

  /** A new hierarchy: nothing to lock or load. */
  async withNewInstance<T>(tx: Tx, rootKey: string, work: (exec: Execution) => Promise<T> | T): Promise<T> {
    const exec = new Execution(this.env(tx), new InstanceState(rootKey));
    const result = await work(exec);
    await exec.run();
    await correlateBufferedMessages(this.schema, exec);
    await this.flush(tx, exec);
    return result;
  }

  private async flush(tx: Tx, exec: Execution): Promise<void> {
    const flush = buildFlush(this.schema, changesOf(exec));
    if (flush) await tx.query(flush);
    if (exec.state.notifyTypes.size > 0) {
      const types = this.pendingTypes.get(tx) ?? new Set<string>();
      for (const type of exec.state.notifyTypes) types.add(type);
      this.pendingTypes.set(tx, types);
    }
    const endedByMessage = [...exec.state.dirtyProcessInstances]
      .map((key) => exec.state.processInstances.get(key)!)
      .filter((pi) => pi.state !== 'ACTIVE' && pi.correlation_key !== null && pi.parent_process_instance_key === null);
    if (endedByMessage.length > 0) await startBufferedAfterEnd(this, tx, endedByMessage);
  }
}
