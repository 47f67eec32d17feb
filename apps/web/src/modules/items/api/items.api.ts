import type { FormSchema } from '../../forms/components/FormViewer';
import type { PersonRef } from '../../inbox/api/inbox.api';
import { api } from '../../shared/api/http-client';
import type { Page } from '../../shared/api/page.types';
import type { Light } from '../../shared/utils/light.types';

type Ref = { id: string; name: string };

export type ItemStatus = 'open' | 'closed' | 'cancelled';

export interface ItemSummary {
  id: string;
  /** Assigned by the numbering worker, e.g. 古督〔2026〕12号; null until then. */
  number: string | null;
  title: string;
  processId: string;
  processName?: string | null;
  processInstanceKey: string;
  source?: string | null;
  category?: string | null;
  status: ItemStatus;
  light?: Light | null;
  dueDate?: string | null;
  leadUnit?: Ref | null;
  createdAt: string;
  closedAt?: string | null;
}

export interface UnitProgress {
  unit: Ref;
  role: 'lead' | 'assist';
  /** Free text from the process (e.g. 办理中 / 已反馈 / 已办结 / 退回重办). */
  status: string;
  light?: Light | null;
  dueDate?: string | null;
  lastReportAt?: string | null;
  sendBacks?: number;
}

export interface DocumentRef {
  id: string;
  name: string;
  /** e.g. 督办通知单 / 督查通报 / 办结报告. */
  kind: string;
  size?: number;
  createdAt: string;
}

export interface ExtensionRequest {
  id: string;
  unit?: Ref | null;
  requestedDueDate: string;
  reason: string;
  status: 'pending' | 'approved' | 'rejected';
  requestedAt: string;
  decidedAt?: string | null;
  decidedBy?: PersonRef | null;
}

export interface CurrentStep {
  taskId?: string | null;
  elementId: string;
  name: string;
  unit?: Ref | null;
  assignee?: PersonRef | null;
}

export interface ItemDetail extends ItemSummary {
  assistUnits: Ref[];
  currentSteps: CurrentStep[];
  units: UnitProgress[];
  documents: DocumentRef[];
  extensions: ExtensionRequest[];
}

export interface TimelineEntry {
  at: string;
  kind: string;
  title: string;
  actor?: PersonRef | null;
  unit?: Ref | null;
  detail?: string | null;
}

export interface StartForm {
  processId: string;
  formId: string;
  schema: FormSchema;
}

/** GET /api/items?status=&text=&cursor= → Page<ItemSummary> (the caller's tenant; units see their own). */
export function listItems(query: { status?: ItemStatus; text?: string; cursor?: string }): Promise<Page<ItemSummary>> {
  return api<Page<ItemSummary>>('/items', { query: { ...query, limit: 50 } });
}

/** GET /api/processes/:processId/start-form → StartForm (404 when the process has none). */
export function getStartForm(processId: string): Promise<StartForm> {
  return api<StartForm>(`/processes/${encodeURIComponent(processId)}/start-form`);
}

/** POST /api/items {processId, variables} → 201 ItemSummary; the variables are validated against the start form. */
export function registerItem(processId: string, variables: Record<string, unknown>): Promise<ItemSummary> {
  return api<ItemSummary>('/items', { method: 'POST', body: { processId, variables } });
}

/** GET /api/items/:id → ItemDetail. */
export function getItem(id: string): Promise<ItemDetail> {
  return api<ItemDetail>(`/items/${encodeURIComponent(id)}`);
}

/** GET /api/items/:id/timeline → TimelineEntry[] (oldest first). */
export function getItemTimeline(id: string): Promise<TimelineEntry[]> {
  return api<TimelineEntry[]>(`/items/${encodeURIComponent(id)}/timeline`);
}

/** GET /api/documents/:id/content → the .docx/.pdf (Content-Disposition: attachment). */
export function documentUrl(id: string): string {
  return `/api/documents/${encodeURIComponent(id)}/content`;
}
