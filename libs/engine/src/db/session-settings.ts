import type pg from 'pg';

/**
 * Settings of every connection the engine uses. Its statements are prepared once per connection and are key lookups
 * whose shape does not depend on parameter values, so they are planned once (generic plan). Such a plan is often made
 * while the tables are still small, where a sequential scan looks cheapest — and then stays for the life of the
 * connection, so a flush would read the whole job table every time. With sequential scans off every hot statement
 * keeps its index path however the tables grow (tables without a usable index are still scanned).
 */
const SETTINGS: Record<string, string> = { plan_cache_mode: 'force_generic_plan', enable_seqscan: 'off' };

/** As libpq `options` for a pool the engine creates itself (no extra round trip). */
export function sessionOptions(extra: Record<string, string> = {}): string {
  return Object.entries({ ...SETTINGS, ...extra })
    .map(([name, value]) => `-c ${name}=${value}`)
    .join(' ');
}

/** For a pool handed in by the caller: set on each new connection before anything else runs on it (node-pg queues per client). */
export function applyOnConnect(pool: pg.Pool, extra: Record<string, string> = {}): void {
  const sql = Object.entries({ ...SETTINGS, ...extra })
    .map(([name, value]) => `set ${name} = ${value}`)
    .join('; ');
  pool.on('connect', (client) => void client.query(sql).catch(() => undefined));
}
