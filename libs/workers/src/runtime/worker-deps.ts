import type { Clock, WorkflowEngine } from '@duban/workflow';
import type { WorkersDatabase } from '../db/workers-database.js';
import type { Directory } from '../directory/directory.js';
import type { TenantConfigSource } from '../tenant/tenant-config.js';

/** What every handler may use. One instance per process; handlers are stateless. */
export interface WorkerDeps {
  db: WorkersDatabase;
  directory: Directory;
  tenants: TenantConfigSource;
  clock: Clock;
  /** Random bytes for draws; injectable so a test can pin a seed. */
  randomSeed?: () => string;
  /** Publishes messages (duban:publish-message); startWorkers fills it with the engine the workers run on. */
  messages?: Pick<WorkflowEngine, 'publishMessage'>;
}
