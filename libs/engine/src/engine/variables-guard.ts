import { MAX_VARIABLES_BYTES, WorkflowError, WorkflowErrorCode, type JsonValue, type Variables } from '@duban/workflow';

/**
 * Variables cross the port as a JSON object no larger than Zeebe's message limit; anything else is INVALID_ARGUMENT
 * before a transaction starts. Returns a plain JSON copy (drops undefined, rejects non-JSON values).
 */
export function checkVariables(variables: unknown, what = 'variables'): Record<string, JsonValue> {
  if (variables === undefined) return {};
  if (typeof variables !== 'object' || variables === null || Array.isArray(variables)) {
    throw new WorkflowError(WorkflowErrorCode.InvalidArgument, `变量必须是 JSON 对象 / ${what} must be a JSON object, got ${Array.isArray(variables) ? 'an array' : variables === null ? 'null' : typeof variables}`);
  }
  let json: string;
  try {
    json = JSON.stringify(variables);
  } catch (error) {
    throw new WorkflowError(WorkflowErrorCode.InvalidArgument, `变量无法序列化为 JSON / ${what} are not serializable: ${(error as Error).message}`);
  }
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes > MAX_VARIABLES_BYTES) {
    throw new WorkflowError(
      WorkflowErrorCode.InvalidArgument,
      `变量过大 / ${what} are ${bytes} bytes, more than the limit of ${MAX_VARIABLES_BYTES} bytes`,
    );
  }
  return JSON.parse(json) as Variables;
}

export function requireKey(key: unknown, what: string): string {
  if (typeof key !== 'string' || !/^\d{1,19}$/.test(key)) {
    throw new WorkflowError(WorkflowErrorCode.InvalidArgument, `${what} 必须是十进制字符串 / ${what} must be a decimal string, got '${String(key)}'`);
  }
  return key;
}

export function notFound(what: string, key: string): WorkflowError {
  return new WorkflowError(WorkflowErrorCode.NotFound, `未找到 ${what} / ${what} ${key} not found`);
}
