import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Variables, WorkflowEngine } from '@duban/workflow';
import type { DataSource, EntityManager } from 'typeorm';
import { actorOf, AuditService } from '../../platform/audit/audit.service.js';
import { AuthException, AuthExceptionCode } from '../../platform/auth/auth.exception.js';
import type { Principal } from '../../platform/tenancy/principal.js';
import { notFound } from '../../platform/tenancy/tenant-scoped.repository.js';
import { WORKFLOW_ENGINE } from '../../platform/workflow/workflow-engine.module.js';
import { engineCall } from '../process-admin/engine-error.util.js';
import { ProcessCatalog } from '../process-admin/process-catalog.service.js';
import type { TaskSummaryDto } from './dto/inbox-query.dto.js';
import { validateFormData } from './form-data.validator.js';
import { InboxQueryService, type InboxViewer } from './inbox-query.service.js';
import { InboxTaskStore } from './inbox-task.store.js';
import { InboxException, InboxExceptionCode } from './inbox.exception.js';
import { toTaskSummary, type TaskRow } from './task-row.mapper.js';

/** Set by the server when an item starts; a task's data may not change them (tenant and item follow from them). */
export const RESERVED_VARIABLES = ['tenantId', 'itemId', 'startedBy'];

type Locked = TaskRow & { tenant_id: string; variables: Record<string, unknown> };
type Change = { assignee: string | null; owner: string | null };

const isCandidate = (viewer: InboxViewer, row: TaskRow) =>
  row.candidate_users.includes(viewer.principal.personCode) || row.candidate_groups.some((g) => viewer.groups.includes(g));

/** Claim, unclaim, assign, delegate and give back, complete — each one transaction with its audit entry. */
@Injectable()
export class TaskActionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(WORKFLOW_ENGINE) private readonly engine: WorkflowEngine,
    private readonly queries: InboxQueryService,
    private readonly store: InboxTaskStore,
    private readonly catalog: ProcessCatalog,
    private readonly audit: AuditService,
  ) {}

  claim(principal: Principal, id: string): Promise<TaskSummaryDto> {
    return this.reassign(principal, id, 'task.claim', (row, viewer) => {
      const me = viewer.principal.personCode;
      if (row.assignee === me) return { assignee: me, owner: row.owner };
      if (row.assignee) throw new InboxException(InboxExceptionCode.CLAIMED_BY_OTHER, `任务已由 ${row.assignee_name ?? row.assignee} 签收 / already claimed`);
      if (!isCandidate(viewer, row) && !viewer.all) throw notAllowed('不是此任务的候选人 / not a candidate');
      return { assignee: me, owner: null };
    });
  }

  unclaim(principal: Principal, id: string): Promise<TaskSummaryDto> {
    return this.reassign(principal, id, 'task.unclaim', (row, viewer) => {
      if (row.assignee !== viewer.principal.personCode && !viewer.all) throw notAllowed('只有办理人可以退回签收 / only the assignee may unclaim');
      if (row.owner) throw notAllowed('委派中的任务请先收回 / give a delegated task back first');
      if (row.candidate_groups.length === 0 && row.candidate_users.length === 0) throw notAllowed('此任务没有候选人，不能取消签收 / the task has no candidates');
      return { assignee: null, owner: null };
    });
  }

  assign(principal: Principal, id: string, to: string): Promise<TaskSummaryDto> {
    return this.reassign(principal, id, 'task.assign', async (row, viewer, manager) => {
      if (!viewer.all) throw new AuthException(AuthExceptionCode.FORBIDDEN, '无权限 / missing permission: items.all');
      await this.assertPerson(manager, principal, to);
      return { assignee: to, owner: null };
    });
  }

  delegate(principal: Principal, id: string, to: string): Promise<TaskSummaryDto> {
    return this.reassign(principal, id, 'task.delegate', async (row, viewer, manager) => {
      const me = viewer.principal.personCode;
      if (row.assignee !== me) throw notAllowed('只有办理人可以委派 / only the assignee may delegate');
      if (to === me) throw new InboxException(InboxExceptionCode.NOT_ALLOWED, '不能委派给自己 / cannot delegate to yourself', { to: ['不能是自己 / not yourself'] });
      await this.assertPerson(manager, principal, to);
      return { assignee: to, owner: row.owner ?? me };
    });
  }

  /** The owner takes a delegated task back, or the delegate hands it back. */
  giveBack(principal: Principal, id: string): Promise<TaskSummaryDto> {
    return this.reassign(principal, id, 'task.give-back', (row, viewer) => {
      const me = viewer.principal.personCode;
      if (!row.owner) throw notAllowed('任务未委派 / the task is not delegated');
      if (row.owner !== me && row.assignee !== me) throw notAllowed('只有委派人或受托人可以收回 / only the owner or the delegate');
      return { assignee: row.owner, owner: null };
    });
  }

  async complete(principal: Principal, id: string, variables: Variables): Promise<TaskSummaryDto> {
    const viewer = await this.queries.viewer(principal);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const row = await this.openTask(viewer, id, manager);
      const me = viewer.principal.personCode;
      const mayComplete = row.assignee === me || (!row.assignee && isCandidate(viewer, row));
      if (!mayComplete) throw row.assignee ? new InboxException(InboxExceptionCode.CLAIMED_BY_OTHER, `任务由 ${row.assignee_name ?? row.assignee} 办理 / assigned to someone else`) : notAllowed('不是此任务的候选人 / not a candidate');
      const reserved = Object.keys(variables).filter((name) => RESERVED_VARIABLES.includes(name));
      if (reserved.length > 0) {
        throw new InboxException(InboxExceptionCode.FORM_INVALID, `不能修改 ${reserved.join(', ')}`, Object.fromEntries(reserved.map((name) => [`variables.${name}`, ['由系统设置 / set by the server']])));
      }
      if (row.form_key) {
        const form = await this.catalog.formByKey(row.tenant_id, row.form_key);
        const problems = form ? validateFormData(form, variables) : {};
        if (Object.keys(problems).length > 0) {
          const fields = Object.fromEntries(Object.entries(problems).map(([field, messages]) => [`variables.${field}`, messages]));
          throw new InboxException(InboxExceptionCode.FORM_INVALID, `表单有误：${Object.keys(problems).join(', ')}`, fields);
        }
      }
      try {
        await engineCall(() => this.engine.completeJob({ jobKey: id, variables }));
      } catch (error) {
        if ((error as { getStatus?: () => number }).getStatus?.() === 404) return 'gone' as const;
        throw error;
      }
      await manager.query(`UPDATE inbox_task SET status = 'completed', completed_at = now(), completed_by = $2, assignee = COALESCE(assignee, $3) WHERE id = $1`, [id, principal.personId, me]);
      await this.audit.record(manager, { tenantId: principal.tenantId, actor: actorOf(principal), action: 'task.complete', entityType: 'task', entityId: id, before: { status: 'open' }, after: { status: 'completed', variables } });
      return 'completed' as const;
    });
    if (outcome === 'gone') {
      await this.store.remove([id], 'job-gone');
      throw new InboxException(InboxExceptionCode.TASK_GONE, '任务已不存在（流程已撤销或已被定时处理），已从待办中移除 / the task no longer exists');
    }
    const [changed] = await this.store.changedRows([id]);
    if (changed) this.store.publish('task.completed', changed);
    return this.summary(viewer, id);
  }

  private async reassign(principal: Principal, id: string, action: string, decide: (row: Locked, viewer: InboxViewer, manager: EntityManager) => Change | Promise<Change>): Promise<TaskSummaryDto> {
    const viewer = await this.queries.viewer(principal);
    await this.dataSource.transaction(async (manager) => {
      const row = await this.openTask(viewer, id, manager);
      const change = await decide(row, viewer, manager);
      if (change.assignee === row.assignee && change.owner === row.owner) return;
      await manager.query(`UPDATE inbox_task SET assignee = $2, owner = $3 WHERE id = $1`, [id, change.assignee, change.owner]);
      await this.audit.record(manager, { tenantId: principal.tenantId, actor: actorOf(principal), action, entityType: 'task', entityId: id, before: { assignee: row.assignee, owner: row.owner }, after: change });
    });
    const [changed] = await this.store.changedRows([id]);
    if (changed) this.store.publish('task.updated', changed);
    return this.summary(viewer, id);
  }

  private async openTask(viewer: InboxViewer, id: string, manager: EntityManager): Promise<Locked> {
    const row = await this.queries.visibleTask(viewer, id, manager, true);
    if (row.status === 'gone') throw new InboxException(InboxExceptionCode.TASK_GONE, '任务已不存在 / the task no longer exists');
    if (row.status !== 'open') throw new InboxException(InboxExceptionCode.TASK_NOT_OPEN, '任务已办结 / the task is already completed');
    return row;
  }

  private async assertPerson(manager: EntityManager, principal: Principal, code: string): Promise<void> {
    const [found] = (await manager.query(`SELECT 1 FROM person WHERE tenant_id = $1 AND code = $2 AND active`, [principal.tenantId, code])) as unknown[];
    if (!found) throw notFound('人员');
  }

  private async summary(viewer: InboxViewer, id: string): Promise<TaskSummaryDto> {
    const row = await this.queries.visibleTask(viewer, id);
    return toTaskSummary(row, await this.queries.bounds(viewer.principal.tenantCode));
  }
}

function notAllowed(message: string): InboxException {
  return new InboxException(InboxExceptionCode.NOT_ALLOWED, message);
}
