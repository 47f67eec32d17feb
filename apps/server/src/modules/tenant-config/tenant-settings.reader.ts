import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** One process a tenant offers, from `tenant.json` `processes`. */
export interface TenantProcessEntry {
  id: string;
  name?: string;
  /** `item` processes are started by registering an item (立项); `called`, `scheduled`, … are not. */
  kind?: string;
  startForm?: string;
}

/** What the server reads from `processes/<tenant>/tenant.json` beyond the organisation (which the seeder reads). */
export interface TenantSettings {
  processes: TenantProcessEntry[];
  /** Yellow light this many working days (or fewer) before a limit; tenant.json `lights.yellowWithinWorkingDays`. */
  yellowWithinWorkingDays: number;
}

export const DEFAULT_YELLOW_WITHIN_WORKING_DAYS = 3;

/** Lenient on purpose: processes/ has its own specs for these files; a bad entry is left out, not fatal. */
export function parseTenantSettings(raw: unknown): TenantSettings {
  const file = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const processes = Array.isArray(file.processes) ? file.processes : [];
  const lights = (typeof file.lights === 'object' && file.lights !== null ? file.lights : {}) as Record<string, unknown>;
  const yellow = lights.yellowWithinWorkingDays;
  return {
    processes: processes
      .filter((p): p is Record<string, unknown> => typeof p === 'object' && p !== null && typeof (p as { id?: unknown }).id === 'string')
      .map((p) => ({
        id: String(p.id),
        name: typeof p.name === 'string' ? p.name : undefined,
        kind: typeof p.kind === 'string' ? p.kind : undefined,
        startForm: typeof p.startForm === 'string' ? p.startForm : undefined,
      })),
    yellowWithinWorkingDays: Number.isInteger(yellow) && (yellow as number) >= 0 ? (yellow as number) : DEFAULT_YELLOW_WITHIN_WORKING_DAYS,
  };
}

/** Reads tenant.json per tenant code, re-reading when the file changes (IT edits files under processes/). */
export class TenantSettingsReader {
  private readonly cache = new Map<string, { mtimeMs: number; settings: TenantSettings }>();

  constructor(private readonly processesDir: string) {}

  async read(tenantCode: string): Promise<TenantSettings> {
    if (!/^[a-z][a-z0-9-]{0,39}$/.test(tenantCode)) return parseTenantSettings({});
    const file = path.join(this.processesDir, tenantCode, 'tenant.json');
    let mtimeMs: number;
    try {
      mtimeMs = (await stat(file)).mtimeMs;
    } catch {
      return parseTenantSettings({});
    }
    const cached = this.cache.get(tenantCode);
    if (cached?.mtimeMs === mtimeMs) return cached.settings;
    let raw: unknown = {};
    try {
      raw = JSON.parse(await readFile(file, 'utf8'));
    } catch {
      // An unreadable file falls back to defaults; the seeder has already refused to start on a broken one.
    }
    const settings = parseTenantSettings(raw);
    this.cache.set(tenantCode, { mtimeMs, settings });
    return settings;
  }
}
