import type { Variables } from '@duban/workflow';
import { parseChinaDate } from '../common/china-time.util.js';
import { invalidVariable, type JobInput } from '../common/job-input.js';
import { requireOrganisation, requireUnit, unitName } from '../directory/role-lookup.util.js';
import { JobType } from '../job-types.js';
import type { JobContext, JobTypeHandler } from '../runtime/job-context.js';

/**
 * 重叠检查: other inspections of the same tenant with a common target and an overlapping period. A per-tenant
 * advisory lock makes two registrations at the same moment see each other.
 */
export const overlapCheckHandler: JobTypeHandler = {
  type: JobType.overlapCheck,
  async handle({ job, input, tenantId, itemId, now, tx, deps }: JobContext): Promise<Variables> {
    const targetVariable = input.variableNameHeader('targetVariable', 'target') as string;
    const targets = input.stringListVariable(targetVariable);
    if (targets.length === 0) throw invalidVariable(targetVariable, '缺失（督查对象）', 'is empty');
    const start = dayOf(input, input.variableNameHeader('startVariable', 'periodStart') as string);
    const endVariable = input.variableNameHeader('endVariable', 'periodEnd') as string;
    const end = dayOf(input, endVariable);
    if (end < start) throw invalidVariable(endVariable, `（${end}）早于开始日期 ${start}`, 'is before the start');
    const register = input.booleanHeader('register', true);
    const organisation = await requireOrganisation(deps.directory, tenantId);
    for (const target of targets) requireUnit(organisation, target);

    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`duban-overlap:${tenantId}`]);
    const { rows } = await tx.query<OverlapRow>(
      `SELECT item_id, item_number, title, targets, to_char(period_start, 'YYYY-MM-DD') AS period_start,
              to_char(period_end, 'YYYY-MM-DD') AS period_end
       FROM inspection
       WHERE tenant_id = $1 AND item_id <> $2 AND targets && $3 AND period_start <= $5 AND period_end >= $4
       ORDER BY period_start, item_id`,
      [tenantId, itemId, targets, start, end],
    );
    if (register) {
      await tx.query(
        `INSERT INTO inspection (tenant_id, item_id, item_number, title, targets, period_start, period_end,
                                 registered_at, job_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT ON CONSTRAINT inspection_pk DO UPDATE SET item_number = $3, title = $4, targets = $5,
           period_start = $6, period_end = $7, registered_at = $8, job_key = $9`,
        [tenantId, itemId, input.stringVariable('itemNumber') ?? null, input.stringVariable('title') ?? null, targets, start, end, new Date(now), job.key],
      );
    }
    const overlaps = rows.map((row) => {
      const common = row.targets.filter((target) => targets.includes(target));
      return {
        itemId: row.item_id,
        itemNumber: row.item_number,
        title: row.title,
        target: common.map((code) => unitName(organisation, code)).join('、'),
        targets: common,
        periodStart: row.period_start,
        periodEnd: row.period_end,
      };
    });
    return { overlapFound: overlaps.length > 0, overlaps };
  },
};

function dayOf(input: JobInput, name: string): string {
  const value = input.variable(name);
  if (value === undefined) throw invalidVariable(name, '缺失（督查期间）', 'is required');
  return parseChinaDate(value, name);
}

interface OverlapRow {
  item_id: string;
  item_number: string | null;
  title: string | null;
  targets: string[];
  period_start: string;
  period_end: string;
}
