import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadDriver, type EngineName, type EngineUnderTest } from '@duban/conformance';
import { FileDirectory, FileTenantConfigSource, startWorkers, WorkersDatabase, type RunningWorkers } from '@duban/workers';
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
 * Runs one scenario on its own engine clock — the conformance driver started at the scenario's date: a fresh
 * embedded engine on a ManualClock, or the shared broker with its clock pinned (one scenario at a time; the
 * driver cancels what earlier scenarios left) — with the generic workers on a PostgreSQL schema of their own and
 * the tenant's whole folder deployed.
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
    let driver: EngineUnderTest | undefined;
    let workers: RunningWorkers | undefined;
    try {
      const bundle = await this.bundle(scenario.tenant);
      // Embedded scenarios run several at a time, each with its own engine: a small pool each.
      driver = await loadDriver(this.options.engine, { clock: 'manual', startAt, poolSize: 3 });
      // Zeebe here is a single broker without multi-tenancy: everything runs in its `<default>` tenant.
      const tenantScoped = driver.name === 'embedded';
      await db.migrate();
      const tracker = new JobTracker();
      workers = startWorkers(tracker.wrap(driver.engine), {
        db,
        directory: new FileDirectory(this.options.processesDir),
        tenants: new FileTenantConfigSource(this.options.processesDir),
        clock: driver.clock,
      }, { worker: `procedures-${token}`, pollInterval: this.options.engine === 'embedded' ? 500 : 100 });
      await driver.engine.deployResources(bundle.resources, tenantScoped ? { tenantId: bundle.tenant } : undefined);
      const timeout = this.options.stepTimeoutMs ?? (this.options.engine === 'embedded' ? 10_000 : 30_000);
      const session = new ScenarioSession(driver, tenantScoped, bundle, `${scenario.id}-${token}`, new WorkersRecords(db), tracker, timeout, this.options.engine === 'embedded' ? 120 : 500);
      await scenario.run(session);
      const incidents = await activeIncidents(session);
      return done(incidents.length > 0 ? `incidents left: ${incidents.join('; ')}` : undefined);
    } catch (error) {
      return done(error instanceof Error ? error.message : String(error));
    } finally {
      await workers?.close().catch(() => undefined);
      await driver?.close().catch((error: unknown) => console.error(`closing the engine: ${String(error)}`));
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
