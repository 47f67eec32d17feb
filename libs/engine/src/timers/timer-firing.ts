import type { CommandRunner } from '../engine/command-runner.js';
import { onTimerFired } from '../runtime/event-triggers.js';
import { startProcessInstance } from '../runtime/process-start.js';
import type { TimerRow } from '../runtime/runtime-types.js';
import { nextDue } from '../runtime/trigger-rows.js';

const TIMER_COLUMNS = `key::text, root_key::text, process_instance_key::text, element_instance_key::text, definition_key::text,
  element_id, tenant_id, due_date::float8 as due_date, fired_count, spec`;

/**
 * Fires one due timer in one transaction. Lock order is instance first, then the timer row (the order every
 * command uses), so a timer is deleted by exactly one firing transaction: a second engine process finds it gone.
 */
export async function fireTimer(runner: CommandRunner, candidate: { key: string; root_key: string | null }): Promise<boolean> {
  const s = runner.schema;
  return runner.soloTransaction(async (tx) => {
    const now = runner.env(tx).now;
    if (candidate.root_key) {
      const { rows: lock } = await tx.query(`select 1 from ${s}.process_instance where key = $1 for update`, [candidate.root_key]);
      if (lock.length === 0) return false;
    }
    const { rows } = await tx.query<TimerRow>(
      `delete from ${s}.timer where key = (select key from ${s}.timer where key = $1 and due_date <= $2 for update skip locked) returning ${TIMER_COLUMNS}`,
      [candidate.key, now],
    );
    const timer = rows[0];
    if (!timer) return false;
    if (timer.root_key) {
      await runner.withInstance(tx, timer.root_key, (exec) => onTimerFired(exec, timer), { locked: true });
      return true;
    }
    // a timer start event: a new instance, and the next occurrence of a cycle
    const definition = await runner.definitions.get(tx, timer.definition_key);
    if (!definition) return true;
    const key = runner.keys.take();
    await runner.withNewInstance(tx, key, async (exec) => {
      await exec.definition(definition.key);
      startProcessInstance(exec, definition, {}, { key, startElementId: timer.element_id });
    });
    const fired = timer.fired_count + 1;
    const next = nextDue(timer.spec, timer.due_date, fired, now);
    if (next !== undefined) {
      await tx.query(
        `insert into ${s}.timer (key, definition_key, element_id, tenant_id, due_date, fired_count, spec) values ($1, $2, $3, $4, $5, $6, $7)`,
        [runner.keys.take(), timer.definition_key, timer.element_id, timer.tenant_id, next, fired, JSON.stringify({ ...timer.spec, fired })],
      );
    }
    return true;
  });
}
