// Reads a tenant folder under processes/: configuration, BPMN, forms and DMN, as the checks and the server see them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROCESSES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface TenantFile { name: string; path: string; text: string }
export interface TenantFolder {
  id: string;
  dir: string;
  tenant: TenantConfig;
  organisation: Organisation;
  calendar: unknown;
  bpmn: TenantFile[];
  forms: TenantFile[];
  dmn: TenantFile[];
}

export interface TenantConfig {
  id: string;
  name: string;
  numbering: Record<string, { prefix: string; pattern: string }>;
  processes: { id: string; name: string; kind: string; startForm?: string }[];
  [key: string]: unknown;
}

export interface Organisation {
  tenant: string;
  roles: { code: string; name: string; scope: 'tenant' | 'unit'; permissions?: string[] }[];
  units: { code: string; name: string; kind: string }[];
  people: { id: string; login: string; name: string; unit: string; roles: string[]; email?: string; mobile?: string }[];
  roleBindings: { role: string; unit: string; person: string }[];
  registries?: Record<string, string[]>;
}

/** Tenant folders: every directory under processes/ that holds a tenant.json. */
export function tenantIds(): string[] {
  return readdirSync(PROCESSES_DIR)
    .filter((name) => statSync(join(PROCESSES_DIR, name)).isDirectory())
    .filter((name) => readdirSync(join(PROCESSES_DIR, name)).includes('tenant.json'))
    .sort();
}

function filesWith(dir: string, ext: string): TenantFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(ext))
    .sort()
    .map((name) => ({ name, path: join(dir, name), text: readFileSync(join(dir, name), 'utf8') }));
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

export function loadTenant(id: string): TenantFolder {
  const dir = join(PROCESSES_DIR, id);
  return {
    id,
    dir,
    tenant: readJson(join(dir, 'tenant.json')) as TenantConfig,
    organisation: readJson(join(dir, 'organisation.json')) as Organisation,
    calendar: readJson(join(dir, 'calendar.json')),
    bpmn: filesWith(dir, '.bpmn'),
    forms: filesWith(dir, '.form'),
    dmn: filesWith(dir, '.dmn'),
  };
}
