import type { JsonValue, Variables } from '@duban/workflow';
import { invalidVariable } from '../common/job-input.js';
import { isDocumentRef, readDocument, saveDocument, sha256Hex, type DocumentRef } from '../documents/document.store.js';
import { JobType } from '../job-types.js';
import type { JobContext, JobTypeHandler } from '../runtime/job-context.js';
import { WorkerErrorCode, WorkerException } from '../worker.exception.js';

interface Material {
  position: number;
  documentId: string;
  name: string;
  sha256: string;
  size: number;
  sourceVariable: string | null;
}

/**
 * 归档 (一事一档): files every document of the item plus a snapshot of its variables, each with its SHA-256,
 * verifies stored hashes against the references, and makes the documents read-only (database triggers).
 */
export const archiveHandler: JobTypeHandler = {
  type: JobType.archive,
  async handle({ job, input, tenantId, itemId, now, tx }: JobContext): Promise<Variables> {
    const resultVariable = input.variableNameHeader('resultVariable', 'archive') as string;
    const refs = collectRefs(input.variables, input.listHeader('materials'));
    const existing = await tx.query('SELECT id FROM archive WHERE tenant_id = $1 AND item_id = $2', [tenantId, itemId]);
    if (existing.rowCount) {
      throw new WorkerException(WorkerErrorCode.Conflict, `事项 ${itemId} 已归档（archive ${existing.rows[0].id}），不能重复归档`);
    }
    const materials: Material[] = [];
    for (const { ref, variable } of refs) {
      const stored = await readDocument(tx, tenantId, ref.documentId);
      if (!stored) throw invalidVariable(variable, `引用的文件 ${ref.documentId} 不存在`, 'references a missing document');
      if (stored.sha256 !== ref.sha256 || sha256Hex(stored.content) !== stored.sha256) {
        throw new WorkerException(WorkerErrorCode.Conflict, `文件 ${stored.name} 的内容与登记的哈希值不符，拒绝归档`);
      }
      materials.push({ position: materials.length + 1, documentId: stored.documentId, name: stored.name, sha256: stored.sha256, size: stored.size, sourceVariable: variable });
    }
    const snapshot = await saveDocument(tx, {
      tenantId,
      itemId,
      template: null,
      name: '事项记录.json',
      mediaType: 'application/json',
      content: Buffer.from(JSON.stringify(input.variables, null, 2), 'utf8'),
      jobKey: job.key,
      createdAt: new Date(now),
    });
    materials.push({ position: materials.length + 1, documentId: snapshot.documentId, name: snapshot.name, sha256: snapshot.sha256, size: snapshot.size, sourceVariable: null });

    const manifest = JSON.stringify({ tenantId, itemId, materials });
    const manifestSha256 = sha256Hex(manifest);
    const archivedAt = new Date(now);
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO archive (tenant_id, item_id, manifest, manifest_sha256, archived_at, job_key)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [tenantId, itemId, manifest, manifestSha256, archivedAt, job.key],
    );
    const archiveId = rows[0].id;
    for (const material of materials) {
      await tx.query(
        `INSERT INTO archive_material (archive_id, position, document_id, name, sha256, size, source_variable)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [archiveId, material.position, material.documentId, material.name, material.sha256, material.size, material.sourceVariable],
      );
    }
    // Documents already filed with another item stay as they are: they are read-only already.
    await tx.query(
      `UPDATE document SET archive_id = $1, archived_at = $2 WHERE tenant_id = $3 AND id = ANY($4) AND archived_at IS NULL`,
      [archiveId, archivedAt, tenantId, materials.map((m) => m.documentId)],
    );
    return {
      [resultVariable]: { archiveId, itemId, count: materials.length, manifestSha256, archivedAt: archivedAt.toISOString() },
    };
  },
};

/** Document references from the named variables, or from every variable; each document once. */
function collectRefs(variables: Readonly<Variables>, names: string[]): { ref: DocumentRef; variable: string }[] {
  const found = new Map<string, { ref: DocumentRef; variable: string }>();
  const visit = (variable: string, value: JsonValue | undefined, strict: boolean) => {
    const values = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
    for (const entry of values) {
      if (isDocumentRef(entry)) {
        if (!found.has(entry.documentId)) found.set(entry.documentId, { ref: entry, variable });
      } else if (strict) throw invalidVariable(variable, '不是文件引用（或其列表）', 'is not a document reference');
    }
  };
  if (names.length > 0) {
    for (const name of names) {
      if (variables[name] === undefined) throw invalidVariable(name, '缺失（归档材料）', 'is missing');
      visit(name, variables[name], true);
    }
  } else {
    for (const [name, value] of Object.entries(variables)) visit(name, value, false);
  }
  return [...found.values()];
}
