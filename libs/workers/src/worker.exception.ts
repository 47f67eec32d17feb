/**
 * Bad configuration or bad input of a job: the job fails without retries (an incident an administrator resolves
 * after fixing the diagram or the tenant's files) and nothing is written. Messages are Chinese first.
 */
export enum WorkerErrorCode {
  InvalidHeader = 'INVALID_HEADER',
  InvalidVariable = 'INVALID_VARIABLE',
  MissingConfiguration = 'MISSING_CONFIGURATION',
  InvalidConfiguration = 'INVALID_CONFIGURATION',
  TenantMismatch = 'TENANT_MISMATCH',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
}

export class WorkerException extends Error {
  constructor(
    readonly code: WorkerErrorCode,
    message: string,
  ) {
    super(`[${code}] ${message}`);
    this.name = 'WorkerException';
  }
}

export function isWorkerException(error: unknown, code?: WorkerErrorCode): error is WorkerException {
  return error instanceof WorkerException && (code === undefined || error.code === code);
}
