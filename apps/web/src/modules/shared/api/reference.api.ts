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
  kind?: string | null;
}

/** GET /api/processes → the tenant's deployed processes (latest version of each). */
export function listProcesses(): Promise<ProcessSummary[]> {
  return api<ProcessSummary[]>('/processes');
}

/** GET /api/organisation/units → the tenant's units. */
export function listUnits(): Promise<UnitRef[]> {
  return api<UnitRef[]>('/organisation/units');
}
