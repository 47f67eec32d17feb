import { HttpException, HttpStatus } from '@nestjs/common';
import { isWorkflowError, WorkflowErrorCode } from '@duban/workflow';

const STATUS: Partial<Record<WorkflowErrorCode, HttpStatus>> = {
  [WorkflowErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [WorkflowErrorCode.InvalidArgument]: HttpStatus.BAD_REQUEST,
  [WorkflowErrorCode.DeploymentRejected]: HttpStatus.BAD_REQUEST,
  [WorkflowErrorCode.FailedPrecondition]: HttpStatus.CONFLICT,
  [WorkflowErrorCode.AlreadyExists]: HttpStatus.CONFLICT,
  [WorkflowErrorCode.ResourceExhausted]: HttpStatus.SERVICE_UNAVAILABLE,
  [WorkflowErrorCode.Unavailable]: HttpStatus.SERVICE_UNAVAILABLE,
};

/**
 * Runs an engine call and turns its typed errors into HTTP answers (the engine's message is meant for people and
 * carries no SQL); anything else propagates and becomes a bare 500.
 */
export async function engineCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const status = isWorkflowError(error) ? STATUS[error.code] : undefined;
    if (!isWorkflowError(error) || status === undefined) throw error;
    throw new HttpException({ code: `ENGINE_${error.code}`, message: error.message }, status);
  }
}
