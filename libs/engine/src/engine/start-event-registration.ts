import type pg from 'pg';
import type { ProcessModel } from '../model/model-types.js';
import { evalMaybeFeel } from '../runtime/feel.js';
import { firstDue } from '../runtime/trigger-rows.js';
import type { CommandRunner } from './command-runner.js';

/**
 * A new version replaces the start triggers of the previous versions: timer start events get fresh timer rows,
 * message start events fresh subscriptions (Zeebe closes the old version's subscriptions on deploy).
 */
export async function registerStartEvents(
  runner: CommandRunner,
  tx: pg.PoolClient,
  definition: { key: string; model: ProcessModel; tenantId: string },
): Promise<void> {
  const s = runner.schema;
  const { model, tenantId } = definition;
  const now = runner.env(tx).now;
  await tx.query(
    `delete from ${s}.timer where element_instance_key is null and definition_key in
       (select key from ${s}.process_definition where tenant_id = $1 and bpmn_process_id = $2)`,
    [tenantId, model.bpmnProcessId],
  );
  await tx.query(`delete from ${s}.message_start_subscription where tenant_id = $1 and bpmn_process_id = $2`, [tenantId, model.bpmnProcessId]);
  for (const id of model.timerStartIds) {
    const timer = model.nodes.get(id)!.event!.timer!;
    const value = String(evalMaybeFeel(timer.value, {}, now));
    const spec = { kind: timer.kind, value, fired: 0 };
    await tx.query(
      `insert into ${s}.timer (key, definition_key, element_id, tenant_id, due_date, fired_count, spec) values ($1, $2, $3, $4, $5, 0, $6)`,
      [runner.keys.take(), definition.key, id, tenantId, firstDue(spec, now), JSON.stringify(spec)],
    );
  }
  for (const id of model.messageStartIds) {
    const name = String(evalMaybeFeel(model.nodes.get(id)!.event!.messageName!, {}, now));
    await tx.query(
      `insert into ${s}.message_start_subscription (definition_key, bpmn_process_id, tenant_id, message_name, element_id) values ($1, $2, $3, $4, $5)`,
      [definition.key, model.bpmnProcessId, tenantId, name, id],
    );
  }
}
