export { WorkerModule } from './worker.module.js';
export { ConfigurationError, loadWorkerConfig, type WorkerConfig } from './platform/worker-config.js';
export { PG_POOL } from './platform/database-pool.module.js';
