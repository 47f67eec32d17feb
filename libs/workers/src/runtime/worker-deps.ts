import type { Clock } from '@duban/workflow';
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
}
