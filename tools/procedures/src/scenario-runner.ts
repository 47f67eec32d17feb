import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { EngineName } from '@duban/conformance';
import { FileDirectory, FileTenantConfigSource, startWorkers, WorkersDatabase, type RunningWorkers } from './workers.import.js';
import { openProcedureEngine, type ProcedureEngine } from './procedure-engine.js';
import { ScenarioSession } from './scenario-session.js';
import type { ProcedureScenario } from './scenario.types.js';
import { loadTenantBundle, type TenantBundle } from './tenant-bundle.js';
import { WorkersRecords } from './workers-records.js';
import { JobTracker } from './job-tracker.js';

export interface ScenarioResult {
  id: string;
  passed: boolean;
  reason?: string;
  durationMs: number;
}

export interface RunnerOptions {
  engine: EngineName;
  processesDir: string;
  pool: pg.Pool;
  /** Per wait (a task to open, a timer to fire); Zeebe's exported history needs more than the embedded engine. */
  stepTimeoutMs?: number;
}

/**
 * Runs one scenario on its own engine clock: a fresh engine (embedded) or the shared broker pinned to the start
 * (Zeebe), the generic workers on a PostgreSQL schema of their own, the tenant's whole folder deployed.
 */
export class ProcedureRunner {
  private readonly bundles = new Map<string, Promise<TenantBundle>>();

  constructor(private readonly options: RunnerOptions) {}

  async run(scenario: ProcedureScenario): Promise<ScenarioResult> {
    const started = Date.now();
    const done = (reason?: string): ScenarioResult => ({ id: scenario.id, passed: !reason, reason, durationMs: Date.now() - started });
    const startAt = Date.parse(scenario.startAt);
    if (Number.isNaN(startAt)) return done(`startAt ${scenario.startAt} is not a date-time`);
    const token = randomBytes(4).toString('hex');
    const db = new WorkersDatabase(this.options.pool, `t_procedures_w_${token}`);
    let engine: ProcedureEngine | undefined;
    let workers: RunningWorkers | undefined;
    let session: ScenarioSession | undefined;
    try {
      const bundle = await this.bundle(scenario.tenant);
      engine = await openProcedureEngine(this.options.engine, startAt, this.options.pool);
      await db.migrate();
      const tracker = new JobTracker();
      workers = startWorkers(tracker.wrap(engine.driver.engine), {
        db,
        directory: new FileDirectory(this.options.processesDir),
        tenants: new FileTenantConfigSource(this.options.processesDir),
        clock: engine.clock,
      }, { worker: `procedures-${token}`, pollInterval: this.options.engine === 'embedded' ? 500 : 100 });
      await engine.driver.engine.deployResources(bundle.resources, engine.tenantScoped ? { tenantId: bundle.tenant } : undefined);
      const timeout = this.options.stepTimeoutMs ?? (this.options.engine === 'embedded' ? 10_000 : 30_000);
      session = new ScenarioSession(engine, bundle, `${scenario.id}-${token}`, new WorkersRecords(db), tracker, timeout, this.options.engine === 'embedded' ? 120 : 1_000);
      await scenario.run(session);
      const incidents = await activeIncidents(session);
      return done(incidents.length > 0 ? `incidents left: ${incidents.join('; ')}` : undefined);
    } catch (error) {
      return done(error instanceof Error ? error.message : String(error));
    } finally {
      await workers?.close().catch(() => undefined);
      if (engine && session) await cancelOpen(engine, session);
      await engine?.close().catch((error: unknown) => console.error(`closing the engine: ${String(error)}`));
      await this.options.pool.query(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(db.schema)} CASCADE`).catch(() => undefined);
    }
  }

  private bundle(tenant: string): Promise<TenantBundle> {
    let bundle = this.bundles.get(tenant);
    if (!bundle) {
      bundle = loadTenantBundle(this.options.processesDir, tenant);
      this.bundles.set(tenant, bundle);
    }
    return bundle;
  }
}

async function activeIncidents(session: ScenarioSession): Promise<string[]> {
  const lists = await Promise.all(session.knownInstances().map((key) => session.history.listIncidents(key)));
  return lists.flat().filter((i) => i.state === 'ACTIVE').map((i) => `${i.elementId} ${i.errorType}: ${i.errorMessage}`);
}

/** On a shared broker nothing of a scenario may keep running (its timers would fire in the next one). */
async function cancelOpen(engine: ProcedureEngine, session: ScenarioSession): Promise<void> {
  if (engine.driver.name === 'embedded') return;
  for (const key of session.knownInstances()) {
    if ((await session.state(key).catch(() => undefined)) === 'ACTIVE') {
      await engine.driver.engine.cancelProcessInstance(key).catch(() => undefined);
    }
  }
}
