import type { FormSchema } from '../../forms/components/FormViewer';
import type { TaskSummary } from '../../inbox/api/inbox.api';
import type { HistoryEntry } from '../../process-view/api/history.api';
import { api } from '../../shared/api/http-client';
import type { Page } from '../../shared/api/page.types';
import type { Light } from '../../shared/utils/light.types';

type UnitRef = { id: string; code: string; name: string };

export type ItemStatus = 'active' | 'closed' | 'cancelled';

/** apps/server ItemDto. */
export interface ItemSummary {
  id: string;
  /** e.g. 古督〔2026〕12号, once the numbering step has run. */
  number: string | null;
  title: string;
  sourceType: string | null;
  category: string | null;
  leadUnit: UnitRef | null;
  assistingUnits: UnitRef[];
  statedLimit: string | null;
  dueDate: string | null;
  status: ItemStatus;
  light: Light | null;
  processId: string;
  processVersion: number;
  processInstanceKey: string | null;
  createdBy: { id: string; name: string };
  createdAt: string;
  closedAt: string | null;
}

export interface UnitProgress {
  unit: UnitRef;
  lead: boolean;
  status: 'done' | 'in-progress' | 'waiting' | string;
  result: unknown;
  openTasks: { id: string; name: string; dueDate: string | null; light: Light | null }[];
  dueDate: string | null;
  light: Light | null;
  /** Evaluation facts (e.g. sent-back, overdue) in order. */
  facts: { fact: string; at: string }[];
}

export interface GeneratedDocument {
  id: string;
  name: string;
  template: string | null;
  size: number;
  mediaType: string;
  createdAt: string;
  archived: boolean;
}

export interface AttachedDocument {
  id: string;
  taskId: string;
  name: string;
  mediaType: string;
  size: number;
  createdAt: string;
}

export interface ExtensionRequest {
  id: string;
  unit: string | null;
  requestedLimit: string;
  reason: string;
  requestedBy: string;
  requestedAt: string;
}

export interface ItemDetail {
  item: ItemSummary;
  /** Where the item is now (active elements of its instances). */
  now: HistoryEntry[];
  tasks: TaskSummary[];
  units: UnitProgress[];
  documents: { generated: GeneratedDocument[]; attachments: AttachedDocument[] };
  /** Engine incidents (only for process.manage / items.all). */
  incidents: { key: string; elementId: string; errorType: string; errorMessage: string; state: 'ACTIVE' | 'RESOLVED'; createdAt: string }[];
  extensionRequests: ExtensionRequest[];
}

/** GET /api/items?status=&text=&view=&cursor= → Page<ItemSummary>. */
export function listItems(query: { status?: ItemStatus; text?: string; cursor?: string }): Promise<Page<ItemSummary>> {
  return api<Page<ItemSummary>>('/items', { query: { ...query, limit: 50 } });
}

/** GET /api/forms/:formId → the latest version of a form (the start form of a procedure). */
export function getForm(formId: string): Promise<{ schema: FormSchema; version: number; key: string }> {
  return api(`/forms/${encodeURIComponent(formId)}`);
}

/** POST /api/items {processId, variables} → 201 ItemSummary; validated against the start form (400 names fields). */
export function registerItem(processId: string, variables: Record<string, unknown>): Promise<ItemSummary> {
  return api<ItemSummary>('/items', { method: 'POST', body: { processId, variables } });
}

/** GET /api/items/:id → ItemDetail. */
export function getItem(id: string): Promise<ItemDetail> {
  return api<ItemDetail>(`/items/${encodeURIComponent(id)}`);
}

/** GET /api/items/:id/timeline → the engine history of the item's instances (called ones included). */
export function getItemTimeline(id: string): Promise<HistoryEntry[]> {
  return api<HistoryEntry[]>(`/items/${encodeURIComponent(id)}/timeline`);
}

/** POST /api/items/:id/extension-requests {requestedLimit, reason, unit?}: goes to the process's approval step. */
export function requestExtension(id: string, body: { requestedLimit: string; reason: string; unit?: string }): Promise<ExtensionRequest> {
  return api<ExtensionRequest>(`/items/${encodeURIComponent(id)}/extension-requests`, { method: 'POST', body });
}

/** POST /api/items/:id/cancel {reason} → 204 (items.all): terminates the item's process instance. */
export function cancelItem(id: string, reason: string): Promise<void> {
  return api<void>(`/items/${encodeURIComponent(id)}/cancel`, { method: 'POST', body: { reason } });
}

/** POST /api/items/:id/incidents/:incidentKey/retry → 204 (process.manage): restores retries, resolves the incident. */
export function retryIncident(id: string, incidentKey: string): Promise<void> {
  return api<void>(`/items/${encodeURIComponent(id)}/incidents/${encodeURIComponent(incidentKey)}/retry`, { method: 'POST' });
}

/** GET /api/items/:id/documents/:documentId → the .docx. */
export function documentUrl(itemId: string, documentId: string): string {
  return `/api/items/${encodeURIComponent(itemId)}/documents/${encodeURIComponent(documentId)}`;
}
