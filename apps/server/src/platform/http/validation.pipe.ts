import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { ApiErrorBody } from './api-error.js';

/** Flattens nested class-validator errors into `{ 'unit.name': ['…'] }`. */
export function fieldErrors(errors: ValidationError[], parent = ''): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    if (error.constraints) fields[path] = Object.values(error.constraints);
    Object.assign(fields, fieldErrors(error.children ?? [], path));
  }
  return fields;
}

/** Unknown properties are refused rather than silently dropped, so a typo is seen at once. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const fields = fieldErrors(errors);
      const body: ApiErrorBody = {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: `输入有误：${Object.keys(fields).join(', ')}`,
        fields,
      };
      return new BadRequestException(body);
    },
  });
}
