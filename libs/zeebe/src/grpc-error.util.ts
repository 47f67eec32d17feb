import { WorkflowError, WorkflowErrorCode, type DeploymentProblem } from '@duban/workflow';

/** gRPC status codes the gateway answers with (https://grpc.io/docs/guides/status-codes/). */
const GRPC_TO_WORKFLOW: Record<number, WorkflowErrorCode> = {
  3: WorkflowErrorCode.InvalidArgument,
  4: WorkflowErrorCode.Unavailable, // DEADLINE_EXCEEDED
  5: WorkflowErrorCode.NotFound,
  6: WorkflowErrorCode.AlreadyExists,
  8: WorkflowErrorCode.ResourceExhausted,
  9: WorkflowErrorCode.FailedPrecondition,
  // ABORTED: the gateway lost its connection to the broker mid-command (a broker died); like UNAVAILABLE, but
  // the command may have been applied. Callers retry idempotently.
  10: WorkflowErrorCode.Unavailable,
  14: WorkflowErrorCode.Unavailable,
};

interface GrpcLikeError {
  code?: unknown;
  details?: unknown;
  message?: unknown;
}

/** Any SDK failure as a WorkflowError; gateway messages are kept, the `5 NOT_FOUND:` prefix dropped. */
export function toWorkflowError(error: unknown, context?: { deploying?: string[] }): WorkflowError {
  if (error instanceof WorkflowError) return error;
  const grpc = (error ?? {}) as GrpcLikeError;
  const message = cleanMessage(typeof grpc.details === 'string' && grpc.details ? grpc.details : String(grpc.message ?? error));
  const code = typeof grpc.code === 'number' ? (GRPC_TO_WORKFLOW[grpc.code] ?? WorkflowErrorCode.Internal) : undefined;
  if (context?.deploying && code === WorkflowErrorCode.InvalidArgument) {
    return new WorkflowError(WorkflowErrorCode.DeploymentRejected, message, deploymentProblems(message, context.deploying));
  }
  if (grpc.code === 10) return new WorkflowError(code!, `${message} (the command may or may not have been applied)`);
  if (code) return new WorkflowError(code, message);
  // No gRPC code: the SDK failed before reaching the gateway (connection refused, timeout).
  const unreachable = /ECONNREFUSED|UNAVAILABLE|connect|timed? ?out|deadline/i.test(message);
  return new WorkflowError(unreachable ? WorkflowErrorCode.Unavailable : WorkflowErrorCode.Internal, message);
}

function cleanMessage(message: string): string {
  return message.replace(/^\d+ [A-Z_]+: /, '').trim();
}

/**
 * Zeebe lists problems per resource: `'order.bpmn': - Element: task_1 - ERROR: …`. Each resource named in the
 * message becomes one problem; the first element id after its name is kept.
 */
export function deploymentProblems(message: string, resourceNames: string[]): DeploymentProblem[] {
  const problems: DeploymentProblem[] = [];
  for (const resourceName of resourceNames) {
    const at = message.indexOf(`'${resourceName}'`);
    if (at < 0) continue;
    const next = resourceNames
      .map((other) => (other === resourceName ? -1 : message.indexOf(`'${other}'`, at + 1)))
      .filter((index) => index > at);
    const section = message.slice(at, next.length ? Math.min(...next) : undefined);
    const elementId = /Element: ([^\s,]+)/.exec(section)?.[1];
    problems.push({ resourceName, message: section.trim(), ...(elementId ? { elementId } : {}) });
  }
  return problems.length ? problems : resourceNames.map((resourceName) => ({ resourceName, message }));
}
