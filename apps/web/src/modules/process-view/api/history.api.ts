import { api } from '../../shared/api/http-client';

/** One element instance of the engine history, as apps/server's item timeline returns it. */
export interface HistoryEntry {
  processInstanceKey: string;
  elementId: string;
  name: string;
  /** Zeebe element type, e.g. USER_TASK, SERVICE_TASK, CALL_ACTIVITY. */
  type: string;
  state: 'ACTIVE' | 'COMPLETED' | 'TERMINATED' | string;
  startedAt: string;
  endedAt: string | null;
  /** Name of the person who completed a user task. */
  completedBy: string | null;
}

/** GET /api/processes/:processId/versions/:version/xml → the deployed BPMN (application/xml). */
export function getProcessXml(processId: string, version: number): Promise<string> {
  return api<string>(`/processes/${encodeURIComponent(processId)}/versions/${version}/xml`);
}
