import { api } from '../../shared/api/http-client';
import type { PersonRef } from '../../inbox/api/inbox.api';

export interface Incident {
  id: string;
  elementId: string;
  message: string;
  createdAt: string;
}

/** Where an instance is and where it has been: what the diagram tab paints. */
export interface InstanceDetail {
  key: string;
  bpmnProcessId: string;
  processDefinitionKey: string;
  version: number;
  state: 'active' | 'completed' | 'terminated';
  startedAt: string;
  endedAt?: string | null;
  activeElementIds: string[];
  completedElementIds: string[];
  /** When the engine history has them; otherwise the viewer infers them from the visited elements. */
  takenSequenceFlowIds?: string[];
  incidents?: Incident[];
}

export interface HistoryEntry {
  id: string;
  elementId: string;
  elementName?: string | null;
  elementType: string;
  state: 'active' | 'completed' | 'terminated';
  startedAt: string;
  endedAt?: string | null;
  actor?: PersonRef | null;
  unit?: { id: string; name: string } | null;
  /** A short outcome, e.g. 退回 / 同意, when the task recorded one. */
  outcome?: string | null;
}

/** GET /api/instances/:key → InstanceDetail. */
export function getInstance(key: string): Promise<InstanceDetail> {
  return api<InstanceDetail>(`/instances/${encodeURIComponent(key)}`);
}

/** GET /api/instances/:key/history → HistoryEntry[] (oldest first, called processes included). */
export function getInstanceHistory(key: string): Promise<HistoryEntry[]> {
  return api<HistoryEntry[]>(`/instances/${encodeURIComponent(key)}/history`);
}

/** GET /api/processes/definitions/:definitionKey/xml → { xml } (the deployed BPMN of that version). */
export async function getDefinitionXml(definitionKey: string): Promise<string> {
  const body = await api<{ xml: string }>(`/processes/definitions/${encodeURIComponent(definitionKey)}/xml`);
  return body.xml;
}
