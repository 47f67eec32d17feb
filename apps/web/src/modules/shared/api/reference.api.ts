import { api } from './http-client';

export interface ProcessSummary {
  /** The BPMN process id (bpmnProcessId). */
  id: string;
  name: string;
  latestVersion: number;
  /** 'item' processes are started by registering an item; 'called' ones only by other processes. */
  kind?: 'item' | 'called' | string | null;
  startFormId?: string | null;
}

export interface UnitRef {
  id: string;
  code: string;
  name: string;
  kind: string;
  parentId: string | null;
  active: boolean;
}

export interface TenantInfo {
  id: string;
  code: string;
  name: string;
  fullName: string | null;
}

export interface RoleRef {
  id: string;
  code: string;
  name: string;
  scope: 'tenant' | 'unit';
  permissions: string[];
}

/** GET /api/processes → the tenant's deployed processes (latest version of each). */
export function listProcesses(): Promise<ProcessSummary[]> {
  return api<ProcessSummary[]>('/processes');
}

/** GET /api/units → the tenant's units. */
export function listUnits(): Promise<UnitRef[]> {
  return api<UnitRef[]>('/units');
}

/** GET /api/tenant → the caller's own tenant. */
export function getTenant(): Promise<TenantInfo> {
  return api<TenantInfo>('/tenant');
}

/** GET /api/roles → the tenant's roles. */
export function listRoles(): Promise<RoleRef[]> {
  return api<RoleRef[]>('/roles');
}
