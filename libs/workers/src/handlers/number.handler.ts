import type { Variables } from '@duban/workflow';
import { chinaYear } from '../common/china-time.util.js';
import { invalidVariable } from '../common/job-input.js';
import { JobType } from '../job-types.js';
import type { JobContext, JobTypeHandler } from '../runtime/job-context.js';
import type { NumberingScheme } from '../tenant/tenant-config.js';
import { WorkerErrorCode, WorkerException } from '../worker.exception.js';

/**
 * 编号: the next number of (tenant, scheme, year). The counter row is locked by the upsert until the job's
 * transaction commits, and a rollback gives the number back: no gaps, no duplicates.
 */
export const numberHandler: JobTypeHandler = {
  type: JobType.number,
  async handle({ job, input, tenantId, itemId, now, tx, deps }: JobContext): Promise<Variables> {
    const schemeName = input.header('scheme', 'default') as string;
    const resultVariable = input.variableNameHeader('resultVariable', 'itemNumber') as string;
    const year = yearOf(input.variableNameHeader('yearVariable'), input.variables, now);
    const scheme = (await deps.tenants.config(tenantId)).numbering[schemeName];
    if (!scheme) {
      throw new WorkerException(
        WorkerErrorCode.MissingConfiguration,
        `租户 "${tenantId}" 未配置编号方案 "${schemeName}"（tenant.json numbering.${schemeName}）`,
      );
    }
    const { rows } = await tx.query<{ last_seq: number }>(
      `INSERT INTO number_counter (tenant_id, scheme, year, last_seq) VALUES ($1, $2, $3, 1)
       ON CONFLICT ON CONSTRAINT number_counter_pk DO UPDATE SET last_seq = number_counter.last_seq + 1
       RETURNING last_seq`,
      [tenantId, schemeName, year],
    );
    const seq = rows[0].last_seq;
    const formatted = formatNumber(scheme, year, seq);
    await tx.query(
      `INSERT INTO number_issued (tenant_id, scheme, year, seq, number, item_id, job_key, issued_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [tenantId, schemeName, year, seq, formatted, itemId, job.key, new Date(now)],
    );
    return { [resultVariable]: formatted, [`${resultVariable}Seq`]: seq, [`${resultVariable}Year`]: year };
  },
};

export function formatNumber(scheme: NumberingScheme, year: number, seq: number): string {
  return scheme.pattern.replace(/\{([a-z]+)(?::(\d+))?\}/g, (_match, name: string, width?: string) => {
    if (name === 'prefix') return scheme.prefix ?? '';
    if (name === 'year') return String(year);
    return width ? String(seq).padStart(Number(width), '0') : String(seq);
  });
}

function yearOf(variable: string | undefined, variables: Readonly<Variables>, now: number): number {
  if (!variable) return chinaYear(now);
  const year = Number(variables[variable]);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw invalidVariable(variable, `应为年份，实为 ${JSON.stringify(variables[variable])}`, 'must be a year');
  }
  return year;
}
