import { randomBytes } from 'node:crypto';
import type { Variables } from '@duban/workflow';
import { seededShuffle } from '../common/seeded-shuffle.util.js';
import { requireOrganisation, requirePerson } from '../directory/role-lookup.util.js';
import { JobType } from '../job-types.js';
import type { JobContext, JobTypeHandler } from '../runtime/job-context.js';
import { WorkerErrorCode, WorkerException } from '../worker.exception.js';

/**
 * 随机抽取: draws people from a registry. The seed, the ordered candidates and the result are logged; the draw is
 * `seededShuffle(candidates, seed)`, so it can be checked afterwards. People drawn in the last draws are left out
 * (rotation).
 */
export const drawHandler: JobTypeHandler = {
  type: JobType.draw,
  async handle({ job, input, tenantId, itemId, now, tx, deps }: JobContext): Promise<Variables> {
    const registry = input.requiredHeader('registry');
    const count = input.intHeader('count', 1, 1, 10);
    const excludeLastDraws = input.intHeader('excludeLastDraws', 1, 0, 10);
    const excludeVariable = input.variableNameHeader('excludeVariable');
    const resultVariable = input.variableNameHeader('resultVariable', 'drawn') as string;
    const organisation = await requireOrganisation(deps.directory, tenantId);
    const members = organisation.registries[registry];
    if (!members) throw new WorkerException(WorkerErrorCode.NotFound, `名录 "${registry}" 不存在（unknown registry）`);

    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`duban-draw:${tenantId}:${registry}`]);
    const { rows } = await tx.query<{ result: string[] }>(
      `SELECT result FROM draw_log WHERE tenant_id = $1 AND registry = $2 ORDER BY seq DESC LIMIT $3`,
      [tenantId, registry, excludeLastDraws],
    );
    const excluded = new Set([...rows.flatMap((row) => row.result), ...(excludeVariable ? input.stringListVariable(excludeVariable) : [])]);
    const candidates = members.filter((id) => !excluded.has(id));
    if (candidates.length < count) {
      throw new WorkerException(
        WorkerErrorCode.NotFound,
        `名录 "${registry}" 可抽取人员 ${candidates.length} 人，少于抽取人数 ${count}（not enough candidates）`,
      );
    }
    const seed = deps.randomSeed?.() ?? randomBytes(16).toString('hex');
    const drawn = seededShuffle(candidates, seed).slice(0, count);
    const { rows: logged } = await tx.query<{ id: string }>(
      `INSERT INTO draw_log (tenant_id, registry, seed, candidates, excluded, result, item_id, job_key, drawn_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [tenantId, registry, seed, JSON.stringify(candidates), JSON.stringify([...excluded]), JSON.stringify(drawn), itemId, job.key, new Date(now)],
    );
    const detail = drawn.map((id) => {
      const person = requirePerson(organisation, id);
      return { personId: id, name: person.name, unit: person.unit ?? null };
    });
    return { [resultVariable]: drawn, [`${resultVariable}Detail`]: detail, [`${resultVariable}DrawId`]: logged[0].id };
  },
};
