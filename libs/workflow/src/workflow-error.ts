/** Every failure of a port call is a WorkflowError with a code a caller can switch on. */
export enum WorkflowErrorCode {
  NotFound = 'NOT_FOUND',
  InvalidArgument = 'INVALID_ARGUMENT',
  /** Malformed XML, unsupported elements or attributes, bad FEEL in a resource. */
  DeploymentRejected = 'DEPLOYMENT_REJECTED',
  /** The command does not fit the current state, e.g. completing a job twice. */
  FailedPrecondition = 'FAILED_PRECONDITION',
  AlreadyExists = 'ALREADY_EXISTS',
  ResourceExhausted = 'RESOURCE_EXHAUSTED',
  Unavailable = 'UNAVAILABLE',
  Internal = 'INTERNAL',
}

export interface DeploymentProblem {
  resourceName: string;
  message: string;
  line?: number;
  column?: number;
  elementId?: string;
}

export class WorkflowError extends Error {
  constructor(
    readonly code: WorkflowErrorCode,
    message: string,
    readonly problems: DeploymentProblem[] = [],
  ) {
    super(message);
    this.name = 'WorkflowError';
  }
}

export function isWorkflowError(error: unknown, code?: WorkflowErrorCode): error is WorkflowError {
  return error instanceof WorkflowError && (code === undefined || error.code === code);
}
