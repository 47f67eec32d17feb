import { MAX_VARIABLES_BYTES, WorkflowError, WorkflowErrorCode, type Variables } from '@duban/workflow';

/**
 * Checks a variables document before it goes to the gateway: a JSON object (Zeebe's rule) of at most 4 MB,
 * refused with INVALID_ARGUMENT as the embedded engine does. Zeebe itself answers an oversized command with a
 * bare gRPC UNKNOWN (seen with 8.6.0 already at 3.5 MB), which would reach callers as INTERNAL.
 */
export function assertVariables(variables: unknown, what = 'variables'): Variables {
  if (variables === undefined) return {};
  if (variables === null || typeof variables !== 'object' || Array.isArray(variables)) {
    throw new WorkflowError(WorkflowErrorCode.InvalidArgument, `${what} must be a JSON object`);
  }
  let json: string;
  try {
    json = JSON.stringify(variables);
  } catch (error) {
    throw new WorkflowError(WorkflowErrorCode.InvalidArgument, `${what} are not JSON: ${(error as Error).message}`);
  }
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes > MAX_VARIABLES_BYTES) {
    throw new WorkflowError(
      WorkflowErrorCode.InvalidArgument,
      `${what} are ${bytes} bytes, more than the ${MAX_VARIABLES_BYTES} bytes a Zeebe command can carry`,
    );
  }
  return variables as Variables;
}

/**
 * `assertVariables` typed for the SDK, whose JSON type leaves out `null` (which Zeebe accepts);
 * the value is passed through unchanged.
 */
export function wireVariables(variables: unknown, what?: string): Record<string, never> {
  return assertVariables(variables, what) as Record<string, never>;
}
