/**
 * Injection token of the workers' `WorkersDatabase` in a Nest app. Plain, without Nest, so that services can
 * name it from the main entry while `WorkersModule` (decorators) lives in `@duban/workers/nest`.
 */
export const WORKERS_DATABASE = Symbol('WORKERS_DATABASE');
