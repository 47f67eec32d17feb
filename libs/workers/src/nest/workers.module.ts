import {
  Inject,
  Injectable,
  Logger,
  Module,
  type DynamicModule,
  type InjectionToken,
  type ModuleMetadata,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
  type OptionalFactoryDependency,
} from '@nestjs/common';
import { systemClock, type Clock, type WorkflowEngine } from '@duban/workflow';
import type pg from 'pg';
import { WorkersDatabase } from '../db/workers-database.js';
import { WORKERS_DATABASE } from '../db/workers-database.token.js';
import type { Directory } from '../directory/directory.js';
import { FileDirectory } from '../directory/file-directory.js';
import { EmailSender } from '../outbox/email.sender.js';
import { OutboxDispatcher } from '../outbox/outbox.dispatcher.js';
import { SmsSender } from '../outbox/sms.sender.js';
import { startWorkers, type RunningWorkers, type StartWorkersOptions } from '../runtime/start-workers.js';
import type { WorkerDeps } from '../runtime/worker-deps.js';
import { DbTenantConfigSource } from '../tenant/db-tenant-config.source.js';
import { FileTenantConfigSource } from '../tenant/file-tenant-config.source.js';
import type { TenantConfigSource } from '../tenant/tenant-config.js';
import { WORKERS_TENANT_CONFIG } from '../tenant/tenant-config.token.js';

export interface WorkersModuleOptions {
  /** null: no engine yet (the app runs without workers and says so). */
  engine: WorkflowEngine | null;
  pool: pg.Pool;
  /** Folder holding `<tenant>/organisation.json`, `tenant.json`, `calendar.json`; used when no directory/tenants given. */
  processesDir?: string;
  directory?: Directory;
  /** Default: the settings administrators change in the browser (workers' tables) over the files in processesDir. */
  tenants?: TenantConfigSource;
  schema?: string;
  clock?: Clock;
  /** Run the outbox dispatcher in this process (default true). */
  dispatchOutbox?: boolean;
  workers?: StartWorkersOptions;
}

export const WORKERS_OPTIONS = Symbol('WORKERS_OPTIONS');
export { WORKERS_DATABASE, WORKERS_TENANT_CONFIG };

/** Migrates the workers' schema, starts the job workers and the outbox dispatcher; drains them on shutdown. */
@Injectable()
export class WorkersRuntime implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Workers');
  private running?: RunningWorkers;
  private dispatcher?: OutboxDispatcher;
  private emailSender?: EmailSender;

  constructor(
    @Inject(WORKERS_OPTIONS) private readonly options: WorkersModuleOptions,
    @Inject(WORKERS_DATABASE) readonly db: WorkersDatabase,
    @Inject(WORKERS_TENANT_CONFIG) private readonly tenants: TenantConfigSource | null,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { engine, processesDir } = this.options;
    const directory = this.options.directory ?? (processesDir ? new FileDirectory(processesDir) : undefined);
    const tenants = this.tenants;
    if (!directory || !tenants) throw new Error('WorkersModule needs processesDir, or directory and tenants');
    await this.db.migrate();
    const deps: WorkerDeps = { db: this.db, directory, tenants, clock: this.options.clock ?? systemClock };
    if (engine) {
      this.running = startWorkers(engine, deps, this.options.workers);
      this.logger.log(`通用作业已启动 / workers started: ${this.running.types.join(', ')}`);
    } else {
      this.logger.warn('没有流程引擎，通用作业未启动 / no workflow engine: workers not started');
    }
    if (this.options.dispatchOutbox !== false) {
      this.emailSender = new EmailSender();
      this.dispatcher = new OutboxDispatcher({
        db: this.db,
        tenants,
        clock: deps.clock,
        senders: { email: this.emailSender, sms: new SmsSender() },
      });
      this.dispatcher.start();
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.running?.close();
    await this.dispatcher?.stop();
    this.emailSender?.close();
  }
}

export interface WorkersModuleAsyncOptions {
  imports?: ModuleMetadata['imports'];
  inject?: (InjectionToken | OptionalFactoryDependency)[];
  useFactory: (...args: never[]) => WorkersModuleOptions | Promise<WorkersModuleOptions>;
}

/**
 * The generic workers for apps/server (embedded mode) and apps/worker. The app supplies its engine and pg pool:
 * `WorkersModule.forRootAsync({ inject: [WORKFLOW_ENGINE, PG_POOL], useFactory: (engine, pool) => ({ engine, pool,
 * processesDir }) })`. `WORKERS_DATABASE` is exported for reading documents, notifications and evaluations,
 * `WORKERS_TENANT_CONFIG` for the tenant settings the workers use.
 */
@Module({})
export class WorkersModule {
  static forRootAsync(options: WorkersModuleAsyncOptions): DynamicModule {
    return {
      module: WorkersModule,
      imports: options.imports ?? [],
      providers: [
        { provide: WORKERS_OPTIONS, inject: options.inject ?? [], useFactory: options.useFactory },
        {
          provide: WORKERS_DATABASE,
          inject: [WORKERS_OPTIONS],
          useFactory: (resolved: WorkersModuleOptions) => new WorkersDatabase(resolved.pool, resolved.schema),
        },
        {
          provide: WORKERS_TENANT_CONFIG,
          inject: [WORKERS_OPTIONS, WORKERS_DATABASE],
          useFactory: (resolved: WorkersModuleOptions, db: WorkersDatabase): TenantConfigSource | null =>
            resolved.tenants ?? (resolved.processesDir ? new DbTenantConfigSource(db, new FileTenantConfigSource(resolved.processesDir)) : null),
        },
        WorkersRuntime,
      ],
      exports: [WORKERS_DATABASE, WORKERS_TENANT_CONFIG, WorkersRuntime],
    };
  }
}
