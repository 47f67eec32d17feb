import type { Job } from '@duban/workflow';
import { WorkerErrorCode, WorkerException } from '../worker.exception.js';

/** Zeebe's tenant when multi-tenancy is off. */
export const DEFAULT_TENANT = '<default>';
// Tenant ids are folder names under processes/; the pattern also keeps file lookups inside that folder.
const TENANT_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * The engine's tenant wins (processes deployed per tenant); with Zeebe's `<default>` tenant the `tenantId`
 * variable names it. Both present and different is an error, never a silent choice.
 */
export function resolveTenantId(job: Pick<Job, 'tenantId' | 'variables'>): string {
  const fromEngine = job.tenantId && job.tenantId !== DEFAULT_TENANT ? job.tenantId : undefined;
  const raw = job.variables['tenantId'];
  const fromVariable = typeof raw === 'string' && raw.trim() ? raw.trim() : undefined;
  if (fromEngine && fromVariable && fromEngine !== fromVariable) {
    throw new WorkerException(
      WorkerErrorCode.TenantMismatch,
      `任务所属租户 "${fromEngine}" 与变量 tenantId "${fromVariable}" 不一致（tenant mismatch）`,
    );
  }
  const tenantId = fromEngine ?? fromVariable;
  if (!tenantId) {
    throw new WorkerException(
      WorkerErrorCode.MissingConfiguration,
      '无法确定租户：引擎未提供租户且缺少变量 tenantId（no tenant on the job and no tenantId variable）',
    );
  }
  if (!TENANT_ID.test(tenantId)) {
    throw new WorkerException(WorkerErrorCode.InvalidVariable, `租户标识 "${tenantId}" 无效（invalid tenant id）`);
  }
  return tenantId;
}

/** The `itemId` variable when set, else the process instance key. */
export function resolveItemId(job: Pick<Job, 'processInstanceKey' | 'variables'>): string {
  const raw = job.variables['itemId'];
  if (typeof raw === 'string' && raw.trim()) return raw.trim();
  if (typeof raw === 'number') return String(raw);
  return job.processInstanceKey;
}
