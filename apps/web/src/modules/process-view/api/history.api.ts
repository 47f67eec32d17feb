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

/** apps/server InstanceViewDto: where one instance is, for its diagram. */
export interface InstanceView {
  key: string;
  /** The process and version the instance runs (a called process at its own deployed version). */
  bpmnProcessId: string;
  version: number;
  state: 'ACTIVE' | 'COMPLETED' | 'TERMINATED' | string;
  parentProcessInstanceKey: string | null;
  activeElementIds: string[];
  completedElementIds: string[];
  incidentElementIds: string[];
  /** Absent when the engine's history does not record flows: the viewer infers the path. */
  takenSequenceFlowIds?: string[];
}

/** GET /api/instances/:key → InstanceView (404 for an instance the caller may not follow). */
export function getInstanceView(key: string): Promise<InstanceView> {
  return api<InstanceView>(`/instances/${encodeURIComponent(key)}`);
}
