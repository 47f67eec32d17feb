import type { FormSchema } from '../../forms/components/FormViewer';
import type { TaskSummary } from '../../inbox/api/inbox.api';
import { api } from '../../shared/api/http-client';

export interface TaskDetail extends TaskSummary {
  /** The task's form (form-js JSON, resolved by the server from the deployed bundle), or null. */
  form: FormSchema | null;
  /** The instance variables the form shows (prefill). */
  variables: Record<string, unknown>;
}

export interface TaskComment {
  id: string;
  authorName: string;
  body: string;
  createdAt: string;
}

export interface Attachment {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}

const base = (taskId: string) => `/inbox/tasks/${encodeURIComponent(taskId)}`;

/** GET /api/inbox/tasks/:id → { task, variables, form } (404 outside the caller's tenant/units). */
export async function getTask(taskId: string): Promise<TaskDetail> {
  const body = await api<{ task: TaskSummary; variables: Record<string, unknown> | null; form: FormSchema | null }>(base(taskId));
  return { ...body.task, variables: body.variables ?? {}, form: body.form };
}

/** POST /api/inbox/tasks/:id/complete {variables}; 400 names the fields that failed the form, 410 if the task is gone. */
export function completeTask(taskId: string, variables: Record<string, unknown>): Promise<TaskSummary> {
  return api<TaskSummary>(`${base(taskId)}/complete`, { method: 'POST', body: { variables } });
}

/** GET /api/inbox/tasks/:id/comments → oldest first. */
export function listComments(taskId: string): Promise<TaskComment[]> {
  return api<TaskComment[]>(`${base(taskId)}/comments`);
}

/** POST /api/inbox/tasks/:id/comments {body} → TaskComment. */
export function addComment(taskId: string, body: string): Promise<TaskComment> {
  return api<TaskComment>(`${base(taskId)}/comments`, { method: 'POST', body: { body } });
}

/** GET /api/inbox/tasks/:id/attachments → Attachment[]. */
export function listAttachments(taskId: string): Promise<Attachment[]> {
  return api<Attachment[]>(`${base(taskId)}/attachments`);
}

/** POST /api/inbox/tasks/:id/attachments (multipart, field "file") → Attachment; 400/413 for type or size. */
export function uploadAttachment(taskId: string, file: File): Promise<Attachment> {
  const body = new FormData();
  body.append('file', file);
  return api<Attachment>(`${base(taskId)}/attachments`, { method: 'POST', body });
}

/** GET /api/inbox/tasks/:id/attachments/:attachmentId → the file. */
export function attachmentUrl(taskId: string, attachmentId: string): string {
  return `/api${base(taskId)}/attachments/${encodeURIComponent(attachmentId)}`;
}
