import type { CommandRunner } from '../engine/command-runner.js';
import type { SubscriptionRow } from '../runtime/runtime-types.js';
import { correlateOne } from './buffered-correlation.js';

/**
 * Deletes expired messages, and correlates buffered messages to subscriptions that missed them because both were
 * created by concurrent transactions (each saw nothing of the other). The safety net behind publish-time correlation.
 */
export async function sweepBufferedMessages(runner: CommandRunner): Promise<void> {
  const s = runner.schema;
  const now = runner.nowMillis();
  await runner.pool.query(
    `with expired as (delete from ${s}.message where expires_at <= $1 returning key)
     delete from ${s}.message_correlation where message_key in (select key from expired)`,
    [now],
  );
  const { rows } = await runner.pool.query<SubscriptionRow>(
    `select sub.key::text, sub.root_key::text, sub.process_instance_key::text, sub.element_instance_key::text, sub.element_id,
            sub.message_name, sub.correlation_key, sub.tenant_id, sub.created_at::float8 as created_at
     from ${s}.message_subscription sub
     where exists (select 1 from ${s}.message m
                   where m.tenant_id = sub.tenant_id and m.name = sub.message_name and m.correlation_key = sub.correlation_key
                     and m.expires_at > $1
                     and not exists (select 1 from ${s}.message_correlation c
                                     join ${s}.process_instance p on p.key = sub.process_instance_key
                                     where c.message_key = m.key and c.bpmn_process_id = p.bpmn_process_id))
     order by sub.key limit 50`,
    [now],
  );
  for (const rootKey of new Set(rows.map((row) => row.root_key))) {
    await runner.transaction((tx) =>
      runner.withInstance(tx, rootKey, async (exec) => {
        for (const subscription of rows.filter((row) => row.root_key === rootKey)) {
          const owner = exec.element(subscription.element_instance_key);
          if (owner?.state === 'ACTIVE') await correlateOne(s, exec, subscription);
        }
      }),
    );
  }
}
