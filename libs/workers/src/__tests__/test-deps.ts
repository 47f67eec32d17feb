import { fileURLToPath } from 'node:url';
import { ManualClock } from '@duban/workflow';
import type { WorkersDatabase } from '../db/workers-database.js';
import { FileDirectory } from '../directory/file-directory.js';
import type { WorkerDeps } from '../runtime/worker-deps.js';
import { FileTenantConfigSource } from '../tenant/file-tenant-config.source.js';

export const TEST_PROCESSES_DIR = fileURLToPath(new URL('./processes', import.meta.url));

/** Deps over the fixture tenant `demo-county` and a manual clock at 2026-03-02 10:00 Asia/Shanghai. */
export function testDeps(db: WorkersDatabase, start = '2026-03-02T10:00:00+08:00'): WorkerDeps & { clock: ManualClock } {
  return {
    db,
    directory: new FileDirectory(TEST_PROCESSES_DIR),
    tenants: new FileTenantConfigSource(TEST_PROCESSES_DIR),
    clock: new ManualClock(new Date(start)),
  };
}
