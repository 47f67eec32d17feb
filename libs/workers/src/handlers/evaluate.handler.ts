import type pg from 'pg';
import type { Variables } from '@duban/workflow';
import { parseInstant } from '../common/china-time.util.js';
import { invalidVariable } from '../common/job-input.js';
import { requireOrganisation, requireUnit } from '../directory/role-lookup.util.js';
import { EVALUATION_FACTS, JobType, type EvaluationFact } from '../job-types.js';
import type { JobContext, JobTypeHandler } from '../runtime/job-context.js';

/** 考评记分: one evaluation fact per unit; scores per period are queries over these facts. */
export const evaluateHandler: JobTypeHandler = {
  type: JobType.evaluate,
  async handle({ job, input, tenantId, itemId, now, tx, deps }: JobContext): Promise<Variables> {
    const requested = input.enumHeader('fact', EVALUATION_FACTS);
    const unitVariable = input.variableNameHeader('unitVariable', 'unit') as string;
    const units = input.stringListVariable(unitVariable);
    if (units.length === 0) throw invalidVariable(unitVariable, '缺失（考评对象单位）', 'is empty');
    let fact: EvaluationFact;
    let dueAt: number | undefined;
    if (requested === 'auto') {
      const dueVariable = input.variableNameHeader('dueVariable', 'dueDate') as string;
      const due = input.variable(dueVariable);
      if (due === undefined) throw invalidVariable(dueVariable, '缺失（fact=auto 需要办理时限）', 'is required for fact=auto');
      dueAt = parseInstant(due, dueVariable);
      fact = now <= dueAt ? 'on-time' : 'overdue';
    } else fact = requested;

    const organisation = await requireOrganisation(deps.directory, tenantId);
    for (const unit of units) requireUnit(organisation, unit);
    for (const unit of units) {
      // A lateness already recorded when this deadline passed (an overdue timer) is the same lateness: count it once.
      if (fact === 'overdue' && dueAt !== undefined && (await alreadyOverdue(tx, tenantId, itemId, unit, new Date(dueAt)))) continue;
      await tx.query(
        `INSERT INTO evaluation_fact (tenant_id, unit, item_id, fact, occurred_at, job_key) VALUES ($1, $2, $3, $4, $5, $6)`,
        [tenantId, unit, itemId, fact, new Date(now), job.key],
      );
    }
    return { evaluationFact: fact };
  },
};

async function alreadyOverdue(tx: pg.ClientBase, tenantId: string, itemId: string, unit: string, due: Date): Promise<boolean> {
  const { rowCount } = await tx.query(
    `SELECT 1 FROM evaluation_fact
      WHERE tenant_id = $1 AND item_id = $2 AND unit = $3 AND fact = 'overdue' AND occurred_at > $4 LIMIT 1`,
    [tenantId, itemId, unit, due],
  );
  return (rowCount ?? 0) > 0;
}
