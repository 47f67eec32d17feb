import type { FormSchema } from '../../forms/components/FormViewer';
import type { PersonRef, TaskSummary } from '../../inbox/api/inbox.api';
import { api } from '../../shared/api/http-client';

export interface TaskDetail extends TaskSummary {
  /** The linked form (zeebe:formDefinition formId), resolved by the server from the deployed bundle. */
  form?: { id: string; schema: FormSchema } | null;
  /** The instance variables the form shows (prefill). */
  variables: Record<string, unknown>;
  processDefinitionKey: string;
  /** Whether the current user may complete it now (assigned to them). */
  canComplete: boolean;
  /** Whether the current user may claim it (unassigned and in one of their groups). */
  canClaim?: boolean;
}

export interface TaskComment {
  id: string;
  author: PersonRef;
  text: string;
  createdAt: string;
}

export interface Attachment {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  uploadedBy: PersonRef;
  createdAt: string;
}

const base = (taskId: string) => `/inbox/tasks/${encodeURIComponent(taskId)}`;

/** GET /api/inbox/tasks/:id → TaskDetail (404 outside the caller's tenant/units). */
export function getTask(taskId: string): Promise<TaskDetail> {
  return api<TaskDetail>(base(taskId));
}

/** POST /api/inbox/tasks/:id/complete {variables} → 204; 400 names the fields that failed the form schema. */
export function completeTask(taskId: string, variables: Record<string, unknown>): Promise<void> {
  return api<void>(`${base(taskId)}/complete`, { method: 'POST', body: { variables } });
}

/** GET /api/inbox/tasks/:id/comments → the comments on the task's process instance, oldest first. */
export function listComments(taskId: string): Promise<TaskComment[]> {
  return api<TaskComment[]>(`${base(taskId)}/comments`);
}

/** POST /api/inbox/tasks/:id/comments {text} → TaskComment. */
export function addComment(taskId: string, text: string): Promise<TaskComment> {
  return api<TaskComment>(`${base(taskId)}/comments`, { method: 'POST', body: { text } });
}

/** GET /api/inbox/tasks/:id/attachments → Attachment[]. */
export function listAttachments(taskId: string): Promise<Attachment[]> {
  return api<Attachment[]>(`${base(taskId)}/attachments`);
}

/** POST /api/inbox/tasks/:id/attachments (multipart, field "file") → Attachment; 413/400 for size or type. */
export function uploadAttachment(taskId: string, file: File): Promise<Attachment> {
  const body = new FormData();
  body.append('file', file);
  return api<Attachment>(`${base(taskId)}/attachments`, { method: 'POST', body });
}

/** GET /api/attachments/:id/content → the file (Content-Disposition: attachment). */
export function attachmentUrl(id: string): string {
  return `/api/attachments/${encodeURIComponent(id)}/content`;
}
