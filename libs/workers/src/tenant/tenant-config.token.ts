/**
 * Injection token of the workers' `TenantConfigSource` in a Nest app, so that the app reads and invalidates the
 * same settings the workers use (the uploaded calendar for its lights, channels after a change).
 */
export const WORKERS_TENANT_CONFIG = Symbol('WORKERS_TENANT_CONFIG');
