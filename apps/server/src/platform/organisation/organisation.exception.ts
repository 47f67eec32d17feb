import { HttpException, HttpStatus } from '@nestjs/common';

export enum OrganisationExceptionCode {
  UNIT_CYCLE = 'UNIT_CYCLE',
  IN_USE = 'IN_USE',
}

const STATUS: Record<OrganisationExceptionCode, HttpStatus> = {
  UNIT_CYCLE: HttpStatus.BAD_REQUEST,
  IN_USE: HttpStatus.CONFLICT,
};

/** The one exception of the organisation feature. */
export class OrganisationException extends HttpException {
  constructor(code: OrganisationExceptionCode, message: string, fields?: Record<string, string[]>) {
    super({ code, message, ...(fields ? { fields } : {}) }, STATUS[code]);
  }
}
