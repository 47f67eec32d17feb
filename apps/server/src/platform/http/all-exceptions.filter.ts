import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import type { ApiErrorBody } from './api-error.js';

const STATUS_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

/**
 * Every error leaves as an ApiErrorBody. Anything that is not an HttpException is logged here with its stack
 * and answered with a bare 500: stack traces and SQL never reach the client.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body =
      exception instanceof HttpException
        ? fromHttpException(exception)
        : (fromConstraintViolation(exception) ?? this.internal(exception));
    if (!response.headersSent) response.status(body.statusCode).json(body);
  }

  private internal(exception: unknown): ApiErrorBody {
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return { statusCode: 500, code: 'INTERNAL', message: '服务器内部错误 / internal server error' };
  }
}

function fromHttpException(exception: HttpException): ApiErrorBody {
  const statusCode = exception.getStatus();
  const response = exception.getResponse();
  const fallbackCode = STATUS_CODES[statusCode] ?? (statusCode >= 500 ? 'INTERNAL' : 'ERROR');
  if (typeof response === 'object' && response !== null) {
    const r = response as Partial<ApiErrorBody> & { message?: unknown; error?: unknown };
    // Nest's own exceptions carry `message` as string or string[] and `error` as a phrase.
    const message = Array.isArray(r.message) ? r.message.join('; ') : typeof r.message === 'string' ? r.message : exception.message;
    return {
      statusCode,
      code: typeof r.code === 'string' ? r.code : fallbackCode,
      message: statusCode >= 500 && statusCode !== HttpStatus.SERVICE_UNAVAILABLE ? '服务器内部错误 / internal server error' : message,
      ...(r.fields ? { fields: r.fields } : {}),
    };
  }
  return { statusCode, code: fallbackCode, message: typeof response === 'string' ? response : exception.message };
}

/**
 * A unique or foreign-key violation that got past the services' checks (e.g. two requests racing for one code).
 * The field is the last word of the constraint name (`uq_unit_tenant_code` → `code`); no SQL leaves.
 */
function fromConstraintViolation(exception: unknown): ApiErrorBody | undefined {
  if (!(exception instanceof QueryFailedError)) return undefined;
  const { code, constraint } = exception.driverError as { code?: string; constraint?: string };
  const field = constraint?.split('_').pop() ?? 'id';
  if (code === '23505') {
    return { statusCode: 409, code: 'CONFLICT', message: `已存在 / already exists: ${field}`, fields: { [field]: ['已被使用 / already in use'] } };
  }
  if (code === '23503') {
    return { statusCode: 409, code: 'IN_USE', message: '仍被引用 / still referenced' };
  }
  return undefined;
}
