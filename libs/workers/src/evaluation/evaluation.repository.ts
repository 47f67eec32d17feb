import type pg from 'pg';

export interface UnitEvaluation {
  unit: string;
  onTime: number;
  overdue: number;
  sendBacks: number;
  poorImplementation: number;
  /** on-time / (on-time + overdue), null when the unit finished nothing in the period. */
  onTimeRate: number | null;
}

/**
 * Per-unit scores of a period from the recorded facts: the basis of bulletins and the annual evaluation.
 * `client` is a transaction of `WorkersDatabase` (search_path set to the workers' schema).
 */
export async function evaluationSummary(
  client: pg.ClientBase,
  tenantId: string,
  period: { from: Date; to: Date },
): Promise<UnitEvaluation[]> {
  const { rows } = await client.query<{
    unit: string;
    on_time: number;
    overdue: number;
    send_backs: number;
    poor: number;
  }>(
    `SELECT unit,
            count(*) FILTER (WHERE fact = 'on-time')::int AS on_time,
            count(*) FILTER (WHERE fact = 'overdue')::int AS overdue,
            count(*) FILTER (WHERE fact = 'send-back')::int AS send_backs,
            count(*) FILTER (WHERE fact = 'poor-implementation')::int AS poor
     FROM evaluation_fact WHERE tenant_id = $1 AND occurred_at >= $2 AND occurred_at < $3
     GROUP BY unit ORDER BY unit`,
    [tenantId, period.from, period.to],
  );
  return rows.map((row) => ({
    unit: row.unit,
    onTime: row.on_time,
    overdue: row.overdue,
    sendBacks: row.send_backs,
    poorImplementation: row.poor,
    onTimeRate: row.on_time + row.overdue === 0 ? null : row.on_time / (row.on_time + row.overdue),
  }));
}
