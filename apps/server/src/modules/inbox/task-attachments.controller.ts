import { Controller, Get, Param, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal } from '../../platform/tenancy/current-principal.decorator.js';
import type { Principal } from '../../platform/tenancy/principal.js';
import { MAX_ATTACHMENT_BYTES, TaskExtrasService } from './task-extras.service.js';

@ApiTags('inbox')
@Controller('inbox/tasks/:id/attachments')
export class TaskAttachmentsController {
  constructor(private readonly extras: TaskExtrasService) {}

  @Get()
  list(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    return this.extras.attachments(principal, id);
  }

  @Post()
  @ApiOperation({ summary: '上传附件（multipart 字段 file；≤ 20 MB；pdf ofd doc docx xls xlsx ppt pptx wps jpg png txt zip）' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  // multer stops reading past the limit and answers 413.
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1 } }))
  upload(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @UploadedFile() file: { originalname: string; size: number; buffer: Buffer } | undefined) {
    return this.extras.addAttachment(principal, id, file);
  }

  @Get(':attachmentId')
  async download(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Param('attachmentId') attachmentId: string, @Res() res: Response): Promise<void> {
    const file = await this.extras.attachment(principal, id, attachmentId);
    res.setHeader('Content-Type', file.mediaType);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.send(file.content);
  }
}
