import { HttpException, HttpStatus } from '@nestjs/common';

export enum AuthExceptionCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  CSRF_TOKEN_INVALID = 'CSRF_TOKEN_INVALID',
  FORBIDDEN = 'FORBIDDEN',
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  UNKNOWN_USER = 'UNKNOWN_USER',
  OIDC_FAILED = 'OIDC_FAILED',
  OIDC_DISABLED = 'OIDC_DISABLED',
}

const STATUS: Record<AuthExceptionCode, HttpStatus> = {
  INVALID_CREDENTIALS: HttpStatus.UNAUTHORIZED,
  ACCOUNT_LOCKED: HttpStatus.LOCKED,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  CSRF_TOKEN_INVALID: HttpStatus.FORBIDDEN,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  WEAK_PASSWORD: HttpStatus.BAD_REQUEST,
  UNKNOWN_USER: HttpStatus.UNAUTHORIZED,
  OIDC_FAILED: HttpStatus.UNAUTHORIZED,
  OIDC_DISABLED: HttpStatus.NOT_FOUND,
};

/** The one exception of the auth feature; its code is the API error code. */
export class AuthException extends HttpException {
  constructor(
    readonly code: AuthExceptionCode,
    message: string,
    fields?: Record<string, string[]>,
  ) {
    super({ code, message, ...(fields ? { fields } : {}) }, STATUS[code]);
  }
}
