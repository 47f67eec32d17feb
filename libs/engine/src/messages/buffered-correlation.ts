import type { JsonValue } from '@duban/workflow';
import { onMessageCorrelated } from '../runtime/event-triggers.js';
import type { Execution } from '../runtime/execution.js';
import type { SubscriptionRow } from '../runtime/runtime-types.js';

/**
 * Subscriptions opened by this command look for buffered messages (first published, first correlated). A message
 * correlates at most once per process (BPMN process id), as in Zeebe. Correlating may open new subscriptions, hence the loop.
 */
export async function correlateBufferedMessages(schema: string, exec: Execution): Promise<void> {
  const seen = new Set<string>();
  for (let round = 0; round < 100; round += 1) {
    const pending = [...exec.state.newSubscriptions.values()].filter((sub) => !seen.has(sub.key));
    if (pending.length === 0) return;
    for (const subscription of pending) {
      seen.add(subscription.key);
      if (exec.state.newSubscriptions.has(subscription.key)) await correlateOne(schema, exec, subscription);
    }
  }
}

/** Correlates the oldest buffered message this subscription's process instance has not had yet. */
export async function correlateOne(schema: string, exec: Execution, subscription: SubscriptionRow): Promise<boolean> {
  const pi = exec.state.processInstances.get(subscription.process_instance_key);
  if (!pi || pi.state !== 'ACTIVE') return false;
  const used = exec.state.correlations.filter((c) => c.bpmn_process_id === pi.bpmn_process_id).map((c) => c.message_key);
  const { rows } = await exec.env.db.query<{ key: string; variables: Record<string, JsonValue> }>(
    `select m.key::text, m.variables from ${schema}.message m
     where m.tenant_id = $1 and m.name = $2 and m.correlation_key = $3 and m.expires_at > $4
       and not (m.key = any($6::bigint[]))
       and not exists (select 1 from ${schema}.message_correlation c
                       where c.message_key = m.key and c.bpmn_process_id = $5)
     order by m.created_at, m.key limit 1`,
    [subscription.tenant_id, subscription.message_name, subscription.correlation_key, exec.now, pi.bpmn_process_id, used],
  );
  const message = rows[0];
  if (!message) return false;
  exec.state.correlations.push({ message_key: message.key, process_instance_key: pi.key, bpmn_process_id: pi.bpmn_process_id });
  onMessageCorrelated(exec, subscription, message.variables);
  await exec.run();
  return true;
}
