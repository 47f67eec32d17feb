import { api } from '../../shared/api/http-client';
import type { Page } from '../../shared/api/page.types';
import type { Light } from '../../shared/utils/light.types';
import type { InboxCriteria, InboxView } from '../utils/inbox-criteria.util';
import { criteriaToQuery } from '../utils/inbox-criteria.util';

/** A person as the inbox shows them: `id` is the person code (the assignee in the processes). */
export interface PersonRef {
  id: string;
  name: string;
}

export interface TaskSummary {
  id: string;
  name: string;
  elementId: string;
  processId: string;
  processName?: string | null;
  processInstanceKey: string;
  itemId?: string | null;
  itemNumber?: string | null;
  itemTitle?: string | null;
  unit?: { id: string; name: string } | null;
  assignee?: PersonRef | null;
  /** The delegating person while a task is delegated. */
  owner?: PersonRef | null;
  candidateGroups?: string[];
  candidateUsers?: string[];
  dueDate?: string | null;
  followUpDate?: string | null;
  formKey?: string | null;
  createdAt: string;
  completedAt?: string | null;
  status: 'open' | 'completed' | 'cancelled';
  light?: Light | null;
  priority?: number | null;
}

export interface SavedFilter {
  id: string;
  name: string;
  criteria: InboxCriteria;
  /** Role code the filter is shared with, or null when it is the owner's alone. */
  sharedWithRole?: string | null;
  owner?: PersonRef;
  /** The caller owns it (may delete it). */
  mine?: boolean;
}

/** GET /api/inbox/tasks?view=…&text=…&cursor=… → Page<TaskSummary>. */
export function listTasks(view: InboxView, criteria: InboxCriteria, cursor?: string): Promise<Page<TaskSummary>> {
  return api<Page<TaskSummary>>('/inbox/tasks', { query: { view, ...criteriaToQuery(criteria), cursor, limit: 50 } });
}

/** POST /api/inbox/tasks/:id/claim → TaskSummary (409 when someone else has it). */
export function claimTask(taskId: string): Promise<TaskSummary> {
  return api<TaskSummary>(`/inbox/tasks/${encodeURIComponent(taskId)}/claim`, { method: 'POST' });
}

/** POST /api/inbox/tasks/:id/unclaim → TaskSummary. */
export function unclaimTask(taskId: string): Promise<TaskSummary> {
  return api<TaskSummary>(`/inbox/tasks/${encodeURIComponent(taskId)}/unclaim`, { method: 'POST' });
}

/** POST /api/inbox/tasks/:id/assign {to} (items.all), /delegate {to} (the assignee), /give-back → TaskSummary. */
export function handOver(taskId: string, action: 'assign' | 'delegate' | 'give-back', to?: string): Promise<TaskSummary> {
  return api<TaskSummary>(`/inbox/tasks/${encodeURIComponent(taskId)}/${action}`, { method: 'POST', body: to ? { to } : {} });
}

/** GET /api/inbox/filters → the user's own filters and those shared with one of the user's roles. */
export function listSavedFilters(): Promise<SavedFilter[]> {
  return api<SavedFilter[]>('/inbox/filters');
}

/** POST /api/inbox/filters {name, criteria, sharedWithRole} → SavedFilter. */
export function saveFilter(filter: Omit<SavedFilter, 'id' | 'owner'>): Promise<SavedFilter> {
  return api<SavedFilter>('/inbox/filters', { method: 'POST', body: filter });
}

/** DELETE /api/inbox/filters/:id → 204 (owner only). */
export function deleteFilter(id: string): Promise<void> {
  return api<void>(`/inbox/filters/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
