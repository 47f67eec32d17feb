import { isWorkflowError, WorkflowErrorCode, type JsonValue, type Variables } from '@duban/workflow';
import { invalidHeader, invalidVariable } from '../common/job-input.js';
import { JobType } from '../job-types.js';
import type { JobContext, JobTypeHandler } from '../runtime/job-context.js';
import { WorkerErrorCode, WorkerException } from '../worker.exception.js';

const DURATION = /^(\d{1,4})(m|h|d)$/;
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/**
 * 发送消息: publishes a message to the engine, e.g. from an item's 延期申请 approval to the one unit's scope it
 * concerns (correlation key `itemId/unit`) — a process cannot reach another scope's subscription otherwise. The
 * message id is the job key, so a redelivered job publishes once (the engine refuses the id while it is buffered).
 */
export const publishMessageHandler: JobTypeHandler = {
  type: JobType.publishMessage,
  async handle({ job, input, tenantId, deps }: JobContext): Promise<Variables> {
    const name = input.requiredHeader('messageName');
    // Tenants share one broker without multi-tenancy: a process may only reach its own tenant's messages.
    if (!name.startsWith(`${tenantId}-`)) throw invalidHeader('messageName', `须以租户前缀 "${tenantId}-" 开头`, `must start with "${tenantId}-"`);
    const keyVariable = input.variableNameHeader('correlationKeyVariable');
    if (!keyVariable) throw invalidHeader('correlationKeyVariable', '缺失', 'is required');
    const correlationKey = input.stringVariable(keyVariable);
    if (correlationKey === undefined) throw invalidVariable(keyVariable, '缺失（消息关联键）', 'is required (correlation key)');
    const timeToLive = ttlOf(input.header('timeToLive', '1d')!);
    const variables: Record<string, JsonValue> = {};
    for (const variable of input.listHeader('variables')) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable)) throw invalidHeader('variables', `"${variable}" 不是合法的变量名`, 'must list variable names');
      variables[variable] = input.variables[variable] ?? null;
    }
    if (!deps.messages) throw new WorkerException(WorkerErrorCode.MissingConfiguration, '工作进程未连接引擎，无法发送消息（no engine to publish with）');
    try {
      await deps.messages.publishMessage({ name, correlationKey, variables, timeToLive, messageId: `job-${job.key}`, tenantId: job.tenantId });
    } catch (error) {
      // the first delivery published it and then failed to record that: the message is there, once
      if (!isWorkflowError(error, WorkflowErrorCode.AlreadyExists)) throw error;
    }
    return { publishedMessage: { name, correlationKey } };
  },
};

function ttlOf(text: string): number {
  const match = DURATION.exec(text);
  if (!match) throw invalidHeader('timeToLive', `"${text}" 无效，应为 30m / 12h / 1d 这样的时长`, 'must be like 30m, 12h or 1d');
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}
