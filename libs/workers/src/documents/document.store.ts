import { createHash } from 'node:crypto';
import type pg from 'pg';

/** What a process variable holds for a document: enough to show, fetch and verify it. */
export interface DocumentRef {
  documentId: string;
  name: string;
  template: string | null;
  sha256: string;
  size: number;
  mediaType: string;
  createdAt: string;
}

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface NewDocument {
  tenantId: string;
  itemId: string;
  template: string | null;
  name: string;
  mediaType: string;
  content: Buffer;
  jobKey: string | null;
  createdAt: Date;
}

export function sha256Hex(content: Buffer | string): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Stores a document with its SHA-256 inside the caller's transaction (search_path = workers' schema). */
export async function saveDocument(tx: pg.ClientBase, document: NewDocument): Promise<DocumentRef> {
  const sha256 = sha256Hex(document.content);
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO document (tenant_id, item_id, template, name, media_type, content, sha256, size, created_at, job_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [document.tenantId, document.itemId, document.template, document.name, document.mediaType, document.content, sha256, document.content.length, document.createdAt, document.jobKey],
  );
  return {
    documentId: rows[0].id,
    name: document.name,
    template: document.template,
    sha256,
    size: document.content.length,
    mediaType: document.mediaType,
    createdAt: document.createdAt.toISOString(),
  };
}

export interface StoredDocument extends DocumentRef {
  content: Buffer;
  itemId: string;
  archivedAt: string | null;
}

/** A tenant's document by id, or undefined; the tenant check keeps one county from reading another's files. */
export async function readDocument(tx: pg.ClientBase, tenantId: string, documentId: string): Promise<StoredDocument | undefined> {
  const { rows } = await tx.query(
    `SELECT id, item_id, template, name, media_type, content, sha256, size, created_at, archived_at
     FROM document WHERE tenant_id = $1 AND id = $2`,
    [tenantId, documentId],
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    documentId: row.id,
    itemId: row.item_id,
    name: row.name,
    template: row.template,
    sha256: row.sha256,
    size: row.size,
    mediaType: row.media_type,
    content: row.content,
    createdAt: (row.created_at as Date).toISOString(),
    archivedAt: row.archived_at ? (row.archived_at as Date).toISOString() : null,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isDocumentRef(value: unknown): value is DocumentRef {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const ref = value as Record<string, unknown>;
  return typeof ref.documentId === 'string' && UUID.test(ref.documentId) && typeof ref.sha256 === 'string';
}
