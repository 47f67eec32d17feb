import { createHash } from 'node:crypto';
import path from 'node:path';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { actorOf, AuditService } from '../../platform/audit/audit.service.js';
import type { Principal } from '../../platform/tenancy/principal.js';
import { notFound } from '../../platform/tenancy/tenant-scoped.repository.js';
import { InboxQueryService } from './inbox-query.service.js';
import { InboxException, InboxExceptionCode } from './inbox.exception.js';

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
/** Office documents, PDF/OFD, images, text and zip — by extension; the stored media type is ours, not the client's. */
export const ATTACHMENT_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.ofd': 'application/ofd',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.ppt': 'application/vnd.ms-powerpoint',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.wps': 'application/vnd.ms-works',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
};

export interface CommentDto {
  id: string;
  authorName: string;
  body: string;
  createdAt: Date;
}

export interface AttachmentDto {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: Date;
}

/** Comments and attachments of a task; whoever may see the task may read and add them. */
@Injectable()
export class TaskExtrasService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: InboxQueryService,
    private readonly audit: AuditService,
  ) {}

  async comments(principal: Principal, taskId: string): Promise<CommentDto[]> {
    await this.queries.visibleTask(await this.queries.viewer(principal), taskId);
    return this.dataSource.query(
      `SELECT id, author_name AS "authorName", body, created_at AS "createdAt" FROM inbox_comment WHERE tenant_id = $1 AND task_id = $2 ORDER BY created_at, id`,
      [principal.tenantId, taskId],
    );
  }

  async addComment(principal: Principal, taskId: string, body: string): Promise<CommentDto> {
    const task = await this.queries.visibleTask(await this.queries.viewer(principal), taskId);
    return this.dataSource.transaction(async (manager) => {
      const [comment] = (await manager.query(
        `INSERT INTO inbox_comment (tenant_id, task_id, item_id, author_id, author_name, body) VALUES ($1, $2, $3, $4, $5, $6)
         RETURNING id, author_name AS "authorName", body, created_at AS "createdAt"`,
        [principal.tenantId, taskId, task.item_id, principal.personId, principal.name, body],
      )) as CommentDto[];
      await this.audit.record(manager, { tenantId: principal.tenantId, actor: actorOf(principal), action: 'task.comment', entityType: 'task', entityId: taskId, after: { commentId: comment.id, body } });
      return comment;
    });
  }

  async attachments(principal: Principal, taskId: string): Promise<AttachmentDto[]> {
    await this.queries.visibleTask(await this.queries.viewer(principal), taskId);
    return this.dataSource.query(
      `SELECT a.id, a.name, a.media_type AS "mediaType", a.size, a.sha256, p.name AS "uploadedBy", a.uploaded_at AS "uploadedAt"
       FROM inbox_attachment a JOIN person p ON p.id = a.uploaded_by WHERE a.tenant_id = $1 AND a.task_id = $2 ORDER BY a.uploaded_at, a.id`,
      [principal.tenantId, taskId],
    );
  }

  async addAttachment(principal: Principal, taskId: string, file: { originalname: string; size: number; buffer: Buffer } | undefined): Promise<AttachmentDto> {
    if (!file) throw refused('file', '请选择文件（字段名 file）/ no file in field "file"');
    // multer hands the name over as latin1; browsers send UTF-8.
    const name = Buffer.from(file.originalname, 'latin1').toString('utf8').replace(/[\\/]/g, '_').replace(/\p{Cc}/gu, '_').slice(0, 200);
    const mediaType = ATTACHMENT_TYPES[path.extname(name).toLowerCase()];
    if (!mediaType) throw refused('file', `不支持的文件类型，可上传：${Object.keys(ATTACHMENT_TYPES).join(' ')} / type not allowed`);
    if (file.size === 0) throw refused('file', '文件为空 / empty file');
    const task = await this.queries.visibleTask(await this.queries.viewer(principal), taskId);
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    return this.dataSource.transaction(async (manager) => {
      const [row] = (await manager.query(
        `INSERT INTO inbox_attachment (tenant_id, task_id, item_id, name, media_type, size, sha256, content, uploaded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id, uploaded_at AS "uploadedAt"`,
        [principal.tenantId, taskId, task.item_id, name, mediaType, file.size, sha256, file.buffer, principal.personId],
      )) as { id: string; uploadedAt: Date }[];
      await this.audit.record(manager, { tenantId: principal.tenantId, actor: actorOf(principal), action: 'task.attach', entityType: 'task', entityId: taskId, after: { attachmentId: row.id, name, size: file.size, sha256 } });
      return { id: row.id, name, mediaType, size: file.size, sha256, uploadedBy: principal.name, uploadedAt: row.uploadedAt };
    });
  }

  async attachment(principal: Principal, taskId: string, attachmentId: string): Promise<{ name: string; mediaType: string; content: Buffer }> {
    await this.queries.visibleTask(await this.queries.viewer(principal), taskId);
    const [row] = /^[0-9a-f-]{36}$/i.test(attachmentId)
      ? ((await this.dataSource.query(
          `SELECT name, media_type AS "mediaType", content FROM inbox_attachment WHERE tenant_id = $1 AND task_id = $2 AND id = $3`,
          [principal.tenantId, taskId, attachmentId],
        )) as { name: string; mediaType: string; content: Buffer }[])
      : [];
    if (!row) throw notFound('附件');
    return row;
  }
}

function refused(field: string, message: string): InboxException {
  return new InboxException(InboxExceptionCode.ATTACHMENT_REFUSED, message, { [field]: [message] });
}
