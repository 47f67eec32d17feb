import { HttpException, HttpStatus } from '@nestjs/common';

export enum TenantSettingsExceptionCode {
  INVALID_CALENDAR = 'INVALID_CALENDAR',
  UNKNOWN_CHANNEL = 'UNKNOWN_CHANNEL',
  INVALID_CHANNEL_CONFIG = 'INVALID_CHANNEL_CONFIG',
}

const STATUS: Record<TenantSettingsExceptionCode, HttpStatus> = {
  INVALID_CALENDAR: HttpStatus.BAD_REQUEST,
  UNKNOWN_CHANNEL: HttpStatus.NOT_FOUND,
  INVALID_CHANNEL_CONFIG: HttpStatus.BAD_REQUEST,
};

/** The one exception of the tenant settings feature (holiday calendar, notification channels). */
export class TenantSettingsException extends HttpException {
  constructor(code: TenantSettingsExceptionCode, message: string, fields?: Record<string, string[]>) {
    super({ code, message, ...(fields ? { fields } : {}) }, STATUS[code]);
  }
}
