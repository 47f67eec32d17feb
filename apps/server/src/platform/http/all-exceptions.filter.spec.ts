import { type ArgumentsHost, BadRequestException, Logger, NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { describe, expect, it, vi } from 'vitest';
import { AllExceptionsFilter } from './all-exceptions.filter.js';

function answer(exception: unknown): { status: number; body: Record<string, unknown> } {
  const result = { status: 0, body: {} as Record<string, unknown> };
  const response = {
    headersSent: false,
    status(code: number) {
      result.status = code;
      return this;
    },
    json(body: Record<string, unknown>) {
      result.body = body;
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
  vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  new AllExceptionsFilter().catch(exception, host);
  return result;
}

describe('AllExceptionsFilter', () => {
  it('answers an unexpected error with a bare 500: no message, stack or SQL', () => {
    const error = new QueryFailedError('SELECT secret FROM account', [], new Error('relation "account" does not exist'));
    const { status, body } = answer(error);
    expect(status).toBe(500);
    expect(body).toEqual({ statusCode: 500, code: 'INTERNAL', message: '服务器内部错误 / internal server error' });
    expect(answer(new TypeError("Cannot read properties of undefined (reading 'x')")).body.message).not.toMatch(/undefined/);
  });

  it('turns a unique violation into 409 naming the field, without SQL', () => {
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint "uq_unit_tenant_code"'), {
      code: '23505',
      constraint: 'uq_unit_tenant_code',
    });
    const { status, body } = answer(new QueryFailedError('INSERT INTO unit …', [], driverError));
    expect(status).toBe(409);
    expect(body).toMatchObject({ code: 'CONFLICT', fields: { code: expect.any(Array) } });
    expect(JSON.stringify(body)).not.toMatch(/INSERT|duplicate key|uq_/);
  });

  it('keeps the code, message and fields of HTTP exceptions', () => {
    expect(answer(new BadRequestException({ code: 'VALIDATION_FAILED', message: '输入有误：name', fields: { name: ['x'] } }))).toEqual({
      status: 400,
      body: { statusCode: 400, code: 'VALIDATION_FAILED', message: '输入有误：name', fields: { name: ['x'] } },
    });
    expect(answer(new NotFoundException()).body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
  });
});
