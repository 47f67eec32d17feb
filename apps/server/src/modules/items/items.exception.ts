import { HttpException, HttpStatus } from '@nestjs/common';

export enum ItemsExceptionCode {
  NOT_AN_ITEM_PROCESS = 'NOT_AN_ITEM_PROCESS',
  FORM_INVALID = 'FORM_INVALID',
  ITEM_NOT_ACTIVE = 'ITEM_NOT_ACTIVE',
  NO_ITEM_PROCESS = 'NO_ITEM_PROCESS',
  INVALID_CURSOR = 'INVALID_CURSOR',
}

const STATUS: Record<ItemsExceptionCode, HttpStatus> = {
  NOT_AN_ITEM_PROCESS: HttpStatus.BAD_REQUEST,
  FORM_INVALID: HttpStatus.BAD_REQUEST,
  ITEM_NOT_ACTIVE: HttpStatus.CONFLICT,
  NO_ITEM_PROCESS: HttpStatus.CONFLICT,
  INVALID_CURSOR: HttpStatus.BAD_REQUEST,
};

/** The one exception of the items feature. */
export class ItemsException extends HttpException {
  constructor(code: ItemsExceptionCode, message: string, fields?: Record<string, string[]>) {
    super({ code, message, ...(fields ? { fields } : {}) }, STATUS[code]);
  }
}
