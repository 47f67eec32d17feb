import { WorkflowError, WorkflowErrorCode, type JsonValue, type PublishMessageRequest } from '@duban/workflow';
import type { CommandRunner, Tx } from '../engine/command-runner.js';
import { DEFAULT_TENANT } from '../engine/instance-commands.js';
import { checkVariables } from '../engine/variables-guard.js';
import { onMessageCorrelated } from '../runtime/event-triggers.js';
import { startByMessage } from './message-start.js';
import type { SubscriptionRow } from '../runtime/runtime-types.js';

/**
 * Publishes a message in one transaction: correlates it to every process instance with a matching open
 * subscription (once per process: one instance of each BPMN process id gets it, Zeebe's message cardinality), starts instances of processes with a matching message start event (not while an
 * instance started with the same correlation key is active), and buffers it for its time to live. A message id is
 * rejected as ALREADY_EXISTS while an earlier message with that id is buffered.
 */
export async function publishMessage(runner: CommandRunner, request: PublishMessageRequest): Promise<{ key: string }> {
  if (!request || typeof request.name !== 'string' || request.name === '') {
    throw new WorkflowError(WorkflowErrorCode.InvalidArgument, '消息名称必填 / message name is required');
  }
  const correlationKey = request.correlationKey ?? '';
  if (typeof correlationKey !== 'string') throw new WorkflowError(WorkflowErrorCode.InvalidArgument, 'correlationKey must be a string');
  const variables = checkVariables(request.variables);
  const ttl = Math.max(0, request.timeToLive ?? 0);
  const tenantId = request.tenantId ?? DEFAULT_TENANT;
  const s = runner.schema;
  return runner.transaction(async (tx) => {
    const now = runner.env(tx).now;
    const key = runner.keys.take();
    if (request.messageId) {
      const { rows } = await tx.query(
        `select 1 from ${s}.message where tenant_id = $1 and name = $2 and message_id = $3 and expires_at > $4`,
        [tenantId, request.name, request.messageId, now],
      );
      if (rows.length > 0) {
        throw new WorkflowError(WorkflowErrorCode.AlreadyExists, `消息已存在 / a message with id '${request.messageId}' is already published and buffered`);
      }
      await tx.query(`delete from ${s}.message where tenant_id = $1 and name = $2 and message_id = $3`, [tenantId, request.name, request.messageId]);
    }
    const correlated = await correlateToSubscriptions(runner, tx, key, tenantId, request.name, correlationKey, variables);
    await startInstances(runner, tx, key, tenantId, request.name, correlationKey, variables, correlated);
    if (ttl > 0) {
      await tx.query(
        `insert into ${s}.message (key, name, correlation_key, tenant_id, message_id, variables, expires_at, created_at) values ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [key, request.name, correlationKey, tenantId, request.messageId ?? null, JSON.stringify(variables), now + ttl, now],
      );
      if (correlated.length > 0) {
        await tx.query(
          `insert into ${s}.message_correlation (message_key, process_instance_key, bpmn_process_id)
           select $1, unnest($2::bigint[]), unnest($3::text[]) on conflict do nothing`,
          [key, correlated.map((c) => c.processInstanceKey), correlated.map((c) => c.bpmnProcessId)],
        );
      }
    }
    return { key };
  });
}

interface Correlated {
  processInstanceKey: string;
  bpmnProcessId: string;
}

async function correlateToSubscriptions(
  runner: CommandRunner,
  tx: Tx,
  messageKey: string,
  tenantId: string,
  name: string,
  correlationKey: string,
  variables: Record<string, JsonValue>,
): Promise<Correlated[]> {
  const { rows } = await tx.query<SubscriptionRow>(
    `select key::text, root_key::text, process_instance_key::text, element_instance_key::text, element_id, message_name,
            correlation_key, tenant_id, created_at::float8 as created_at
     from ${runner.schema}.message_subscription where tenant_id = $1 and message_name = $2 and correlation_key = $3
     order by root_key, key`,
    [tenantId, name, correlationKey],
  );
  const correlated: Correlated[] = [];
  const roots = [...new Set(rows.map((row) => row.root_key))];
  for (const rootKey of roots) {
    await runner.withInstance(tx, rootKey, (exec) => {
      for (const subscription of rows.filter((row) => row.root_key === rootKey)) {
        const pi = exec.state.processInstances.get(subscription.process_instance_key);
        if (!pi || pi.state !== 'ACTIVE') continue;
        if (correlated.some((c) => c.bpmnProcessId === pi.bpmn_process_id)) continue;
        const owner = exec.element(subscription.element_instance_key);
        if (!owner || owner.state !== 'ACTIVE') continue;
        correlated.push({ processInstanceKey: pi.key, bpmnProcessId: pi.bpmn_process_id });
        onMessageCorrelated(exec, subscription, variables);
      }
    });
  }
  return correlated;
}

async function startInstances(
  runner: CommandRunner,
  tx: Tx,
  messageKey: string,
  tenantId: string,
  name: string,
  correlationKey: string,
  variables: Record<string, JsonValue>,
  correlated: Correlated[],
): Promise<void> {
  const { rows } = await tx.query<{ definition_key: string; bpmn_process_id: string; element_id: string }>(
    `select definition_key::text, bpmn_process_id, element_id from ${runner.schema}.message_start_subscription where tenant_id = $1 and message_name = $2`,
    [tenantId, name],
  );
  for (const start of rows) {
    if (correlated.some((c) => c.bpmnProcessId === start.bpmn_process_id)) continue;
    const key = await startByMessage(runner, tx, start, { key: messageKey, tenantId, correlationKey, variables });
    if (key) correlated.push({ processInstanceKey: key, bpmnProcessId: start.bpmn_process_id });
  }
}
