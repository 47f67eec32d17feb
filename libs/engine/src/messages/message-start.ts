import type { JsonValue } from '@duban/workflow';
import type { CommandRunner, Tx } from '../engine/command-runner.js';
import { startProcessInstance } from '../runtime/process-start.js';
import type { ProcessInstanceRow } from '../runtime/runtime-types.js';

export interface StartMessage {
  key: string;
  tenantId: string;
  correlationKey: string;
  variables: Record<string, JsonValue>;
}

/**
 * Creates an instance from a message start event unless an instance of that process started with the same
 * correlation key is still active (Zeebe's cardinality rule). Returns the new instance key, if any.
 */
export async function startByMessage(
  runner: CommandRunner,
  tx: Tx,
  start: { definition_key: string; bpmn_process_id: string; element_id: string },
  message: StartMessage,
): Promise<string | undefined> {
  const s = runner.schema;
  if (message.correlationKey !== '') {
    await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`msgstart:${s}:${message.tenantId}:${start.bpmn_process_id}:${message.correlationKey}`]);
    const { rows: active } = await tx.query(
      `select 1 from ${s}.process_instance where tenant_id = $1 and bpmn_process_id = $2 and correlation_key = $3 and state = 'ACTIVE' limit 1`,
      [message.tenantId, start.bpmn_process_id, message.correlationKey],
    );
    if (active.length > 0) return undefined;
  }
  const definition = await runner.definitions.get(tx, start.definition_key);
  if (!definition) return undefined;
  const key = runner.keys.take();
  await runner.withNewInstance(tx, key, async (exec) => {
    await exec.definition(definition.key);
    startProcessInstance(exec, definition, {}, {
      key,
      startElementId: start.element_id,
      correlationKey: message.correlationKey === '' ? undefined : message.correlationKey,
      eventVariables: message.variables,
    });
  });
  return key;
}

/**
 * An instance started by a message ended: the oldest buffered start message with the same correlation key that this
 * process has not consumed starts the next instance.
 */
export async function startBufferedAfterEnd(runner: CommandRunner, tx: Tx, ended: ProcessInstanceRow[]): Promise<void> {
  const s = runner.schema;
  for (const pi of ended) {
    const { rows } = await tx.query<{ key: string; variables: Record<string, JsonValue>; definition_key: string; element_id: string }>(
      `select m.key::text, m.variables, st.definition_key::text, st.element_id
       from ${s}.message m
       join ${s}.message_start_subscription st on st.tenant_id = m.tenant_id and st.message_name = m.name
       where st.bpmn_process_id = $1 and m.tenant_id = $2 and m.correlation_key = $3 and m.expires_at > $4
         and not exists (select 1 from ${s}.message_correlation c where c.message_key = m.key and c.bpmn_process_id = $1)
       order by m.created_at, m.key limit 1`,
      [pi.bpmn_process_id, pi.tenant_id, pi.correlation_key, runner.nowMillis()],
    );
    const message = rows[0];
    if (!message) continue;
    const key = await startByMessage(
      runner,
      tx,
      { definition_key: message.definition_key, bpmn_process_id: pi.bpmn_process_id, element_id: message.element_id },
      { key: message.key, tenantId: pi.tenant_id, correlationKey: pi.correlation_key!, variables: message.variables },
    );
    if (key) {
      await tx.query(
        `insert into ${s}.message_correlation (message_key, process_instance_key, bpmn_process_id) values ($1, $2, $3) on conflict do nothing`,
        [message.key, key, pi.bpmn_process_id],
      );
    }
  }
}
