import { HttpException, HttpStatus } from '@nestjs/common';

export enum ProcessAdminExceptionCode {
  INVALID_BUNDLE = 'INVALID_BUNDLE',
  DEPLOYMENT_REJECTED = 'DEPLOYMENT_REJECTED',
  ENGINE_UNAVAILABLE = 'ENGINE_UNAVAILABLE',
}

const STATUS: Record<ProcessAdminExceptionCode, HttpStatus> = {
  INVALID_BUNDLE: HttpStatus.BAD_REQUEST,
  DEPLOYMENT_REJECTED: HttpStatus.BAD_REQUEST,
  ENGINE_UNAVAILABLE: HttpStatus.SERVICE_UNAVAILABLE,
};

/** The one exception of process administration; `fields` name the resources at fault. */
export class ProcessAdminException extends HttpException {
  constructor(code: ProcessAdminExceptionCode, message: string, fields?: Record<string, string[]>) {
    super({ code, message, ...(fields ? { fields } : {}) }, STATUS[code]);
  }
}
