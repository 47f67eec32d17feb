// The workers' runtime without their NestJS module: `@duban/workers`'s index also exports the Nest module, whose
// parameter decorators tsx does not compile inside a package (tsx applies no tsconfig there). The lead may split
// the Nest module into its own entry point (`@duban/workers/nest`); then these imports become '@duban/workers'.
export { startWorkers, type RunningWorkers } from '../../../libs/workers/src/runtime/start-workers.js';
export { WorkersDatabase } from '../../../libs/workers/src/db/workers-database.js';
export { FileDirectory } from '../../../libs/workers/src/directory/file-directory.js';
export { FileTenantConfigSource } from '../../../libs/workers/src/tenant/file-tenant-config.source.js';
