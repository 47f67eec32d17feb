import pg from 'pg';
import {
  ManualClock,
  systemClock,
  type ActivateJobsRequest,
  type Clock,
  type CompleteJobRequest,
  type CreateProcessInstanceRequest,
  type CustomHeaders,
  type DeploymentResult,
  type DeployResource,
  type FailJobRequest,
  type Job,
  type JobWorker,
  type ProcessInstanceCreated,
  type PublishMessageRequest,
  type SetVariablesRequest,
  type ThrowErrorRequest,
  type Variables,
  type WorkerConfig,
  type WorkflowEngine,
  type WorkflowHistory,
} from '@duban/workflow';
import { KeyGenerator } from '../db/key-generator.js';
import { migrate, quoteIdent } from '../db/migrator.js';
import { applyOnConnect, sessionOptions } from '../db/session-settings.js';
import { HistoryReader } from '../history/history-reader.js';
import { JobActivator } from '../jobs/job-activator.js';
import { completeJob, failJob, throwJobError, updateJobRetries } from '../jobs/job-commands.js';
import { JobNotifier } from '../jobs/job-notifier.js';
import { PollingJobWorker } from '../jobs/job-worker.js';
import { publishMessage } from '../messages/message-publisher.js';
import { Scheduler } from '../timers/scheduler.js';
import { CommandRunner, type BatchingOptions } from './command-runner.js';
import { DecisionRepository } from './decision-repository.js';
import { DefinitionRepository } from './definition-repository.js';
import { deployResources } from './deployment.js';
import { resolveIncident } from './incident-commands.js';
import { cancelProcessInstance, createProcessInstance, DEFAULT_TENANT, setVariables } from './instance-commands.js';

export interface EmbeddedEngineOptions {
  connectionString?: string;
  pool?: pg.Pool;
  /** PostgreSQL schema the engine owns; default 'duban_engine'. */
  schema?: string;
  clock?: Clock;
  /** Timers, expired leases and message TTL; default 1000 ms. */
  schedulerPollMs?: number;
  runScheduler?: boolean;
  /** Pool size when the engine creates its own pool; default 10. */
  poolSize?: number;
  /**
   * false: commits do not wait for the WAL flush (`synchronous_commit = off` on the engine's connections). Faster;
   * an engine crash still loses nothing, a crash of PostgreSQL itself may lose the last few hundred milliseconds of
   * acknowledged commands. Default true.
   */
  synchronousCommit?: boolean;
  /** Group commit of concurrent commands (see CommandBatcher). */
  batching?: BatchingOptions;
  /** Receives background errors (scheduler, workers); default console.error. */
  onError?: (error: unknown) => void;
}

/** The in-process engine on PostgreSQL. Create it with `createEmbeddedEngine`. */
export class EmbeddedEngine implements WorkflowEngine {
  readonly history: WorkflowHistory;
  private readonly runner: CommandRunner;
  private readonly activator: JobActivator;
  private readonly activationPool: pg.Pool;
  private readonly notifier: JobNotifier;
  private readonly scheduler: Scheduler | undefined;
  private readonly workers = new Set<JobWorker>();
  private readonly ownsPool: boolean;
  private readonly unsubscribeClock: (() => void) | undefined;
  private closed = false;

  private constructor(
    readonly pool: pg.Pool,
    readonly schemaName: string,
    readonly clock: Clock,
    options: EmbeddedEngineOptions,
  ) {
    const schema = quoteIdent(schemaName);
    const onError = options.onError ?? ((error: unknown) => console.error('[duban-engine]', error));
    this.ownsPool = !options.pool;
    const keys = new KeyGenerator(pool, schemaName);
    const decisions = new DecisionRepository(pool, schema);
    this.runner = new CommandRunner(pool, schema, keys, new DefinitionRepository(schema), () => clock.now(), {
      evaluateDecision: (tenantId, decisionId, context, now) => decisions.evaluate(tenantId, decisionId, context, now),
    }, options.batching);
    // Leases need no WAL flush: a lease lost in a database crash only makes the job activatable again, which the
    // at-least-once contract of jobs allows anyway. Activations get connections that do not wait for the flush.
    const connection = options.connectionString ? { connectionString: options.connectionString } : (pool as unknown as { options: pg.ClientConfig }).options;
    this.activationPool = new pg.Pool({ ...connection, max: 3, options: sessionOptions({ synchronous_commit: 'off' }), application_name: `duban-engine:${schemaName}:leases` });
    this.activationPool.on('error', () => undefined);
    this.activator = new JobActivator(this.activationPool, schema, () => clock.now());
    this.history = new HistoryReader(pool, schema);
    this.notifier = new JobNotifier(connection, `${schemaName}_jobs`, { name: `${schemaName}_deploy`, onDeploy: () => this.runner.definitions.forgetLatest() });
    this.runner.definitions.cacheLatest = () => this.notifier.listening;
    this.notifier.start();
    this.runner.onJobsActivatable = (types) => {
      for (const type of types) this.notifier.wake(type);
    };
    if (options.runScheduler !== false) {
      this.scheduler = new Scheduler(this.runner, options.schedulerPollMs ?? 1000, onError);
      this.scheduler.start();
      if (clock instanceof ManualClock) this.unsubscribeClock = clock.onChange(() => this.scheduler?.poke());
    }
    this.onError = onError;
  }

  private readonly onError: (error: unknown) => void;

  static async create(options: EmbeddedEngineOptions): Promise<EmbeddedEngine> {
    const commit: Record<string, string> = options.synchronousCommit === false ? { synchronous_commit: 'off' } : {};
    const pool =
      options.pool ??
      new pg.Pool({
        connectionString: options.connectionString,
        max: options.poolSize ?? 10,
        application_name: `duban-engine:${options.schema ?? 'duban_engine'}`,
        options: sessionOptions(commit),
      });
    if (options.pool) applyOnConnect(pool, commit);
    const schema = options.schema ?? 'duban_engine';
    try {
      await migrate(pool, schema);
    } catch (error) {
      if (!options.pool) await pool.end();
      throw error;
    }
    return new EmbeddedEngine(pool, schema, options.clock ?? systemClock, options);
  }

  deployResources(resources: DeployResource[], options?: { tenantId?: string }): Promise<DeploymentResult> {
    return deployResources(this.runner, resources, options?.tenantId ?? DEFAULT_TENANT);
  }

  createProcessInstance(request: CreateProcessInstanceRequest): Promise<ProcessInstanceCreated> {
    return createProcessInstance(this.runner, request);
  }

  cancelProcessInstance(processInstanceKey: string): Promise<void> {
    return cancelProcessInstance(this.runner, processInstanceKey);
  }

  async publishMessage(request: PublishMessageRequest): Promise<{ key: string }> {
    return publishMessage(this.runner, request);
  }

  setVariables(request: SetVariablesRequest): Promise<void> {
    return setVariables(this.runner, request);
  }

  createWorker<V extends Variables = Variables, H extends CustomHeaders = CustomHeaders>(config: WorkerConfig<V, H>): JobWorker {
    const worker = new PollingJobWorker<V, H>(this, this.notifier, config, this.onError);
    this.workers.add(worker);
    const unregister = this.runner.pusher.register(worker);
    return {
      close: async () => {
        unregister();
        this.workers.delete(worker);
        await worker.close();
      },
    };
  }

  activateJobs<V extends Variables = Variables, H extends CustomHeaders = CustomHeaders>(request: ActivateJobsRequest): Promise<Job<V, H>[]> {
    return this.activator.activate(request) as Promise<Job<V, H>[]>;
  }

  completeJob(request: CompleteJobRequest): Promise<void> {
    return completeJob(this.runner, request);
  }

  async failJob(request: FailJobRequest): Promise<void> {
    await failJob(this.runner, request);
    if ((request.retryBackOff ?? 0) > 0) this.scheduler?.poke();
  }

  throwError(request: ThrowErrorRequest): Promise<void> {
    return throwJobError(this.runner, request);
  }

  updateJobRetries(request: { jobKey: string; retries: number }): Promise<void> {
    return updateJobRetries(this.runner, request);
  }

  resolveIncident(incidentKey: string): Promise<void> {
    return resolveIncident(this.runner, incidentKey);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.unsubscribeClock?.();
    await Promise.allSettled([...this.workers].map((worker) => worker.close()));
    await this.scheduler?.stop();
    await this.notifier.close();
    await this.activationPool.end();
    if (this.ownsPool) await this.pool.end();
  }
}

export function createEmbeddedEngine(options: EmbeddedEngineOptions): Promise<EmbeddedEngine> {
  return EmbeddedEngine.create(options);
}
