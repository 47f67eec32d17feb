import { HttpException, HttpStatus } from '@nestjs/common';

export enum InboxExceptionCode {
  /** The task's job no longer exists (an interrupting timer, a cancelled instance): the task has left the inbox. */
  TASK_GONE = 'TASK_GONE',
  TASK_NOT_OPEN = 'TASK_NOT_OPEN',
  CLAIMED_BY_OTHER = 'CLAIMED_BY_OTHER',
  NOT_ALLOWED = 'NOT_ALLOWED',
  FORM_INVALID = 'FORM_INVALID',
  INVALID_CURSOR = 'INVALID_CURSOR',
  INVALID_FILTER = 'INVALID_FILTER',
  ATTACHMENT_REFUSED = 'ATTACHMENT_REFUSED',
}

const STATUS: Record<InboxExceptionCode, HttpStatus> = {
  TASK_GONE: HttpStatus.GONE,
  TASK_NOT_OPEN: HttpStatus.CONFLICT,
  CLAIMED_BY_OTHER: HttpStatus.CONFLICT,
  NOT_ALLOWED: HttpStatus.FORBIDDEN,
  FORM_INVALID: HttpStatus.BAD_REQUEST,
  INVALID_CURSOR: HttpStatus.BAD_REQUEST,
  INVALID_FILTER: HttpStatus.BAD_REQUEST,
  ATTACHMENT_REFUSED: HttpStatus.BAD_REQUEST,
};

/** The one exception of the inbox feature. */
export class InboxException extends HttpException {
  constructor(code: InboxExceptionCode, message: string, fields?: Record<string, string[]>) {
    super({ code, message, ...(fields ? { fields } : {}) }, STATUS[code]);
  }
}
