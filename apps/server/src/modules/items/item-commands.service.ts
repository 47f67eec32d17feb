import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { readDocument, WORKERS_DATABASE, type StoredDocument, type WorkersDatabase } from '@duban/workers';
import type { WorkflowEngine } from '@duban/workflow';
import type { DataSource } from 'typeorm';
import { actorOf, AuditService } from '../../platform/audit/audit.service.js';
import type { Principal } from '../../platform/tenancy/principal.js';
import { notFound } from '../../platform/tenancy/tenant-scoped.repository.js';
import { WORKFLOW_ENGINE } from '../../platform/workflow/workflow-engine.module.js';
import { LiveEventsService } from '../events/live-events.service.js';
import { InboxTaskStore } from '../inbox/inbox-task.store.js';
import { engineCall } from '../process-admin/engine-error.util.js';
import { EngineTenancy } from '../process-admin/engine-tenancy.service.js';
import type { ExtensionRequestDto } from './dto/items.dto.js';
import { ItemViewService } from './item-view.service.js';
import { ItemsException, ItemsExceptionCode } from './items.exception.js';
import { ItemsService } from './items.service.js';

/** Message a tenant's item process may catch for 延期申请 (an event sub-process with its approval step). */
export const extensionMessageName = (tenantCode: string) => `${tenantCode}-extension-request`;
const EXTENSION_MESSAGE_TTL_MS = 24 * 3600_000;

@Injectable()
export class ItemCommandsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(WORKFLOW_ENGINE) private readonly engine: WorkflowEngine,
    @Inject(WORKERS_DATABASE) private readonly workers: WorkersDatabase,
    private readonly items: ItemsService,
    private readonly view: ItemViewService,
    private readonly tasks: InboxTaskStore,
    private readonly audit: AuditService,
    private readonly events: LiveEventsService,
    private readonly tenancy: EngineTenancy,
  ) {}

  /** Cancels the item's instance (called instances end with it); its open tasks leave the inbox at once. */
  async cancel(principal: Principal, id: string, reason: string): Promise<void> {
    const openTasks = await this.dataSource.transaction(async (manager) => {
      const item = await this.items.visibleItem(principal, id, manager, true);
      if (item.status !== 'active') throw new ItemsException(ItemsExceptionCode.ITEM_NOT_ACTIVE, '事项已办结或已撤销 / the item is not active');
      if (item.process_instance_key) await engineCall(() => this.engine.cancelProcessInstance(item.process_instance_key!));
      await manager.query(`UPDATE item SET status = 'cancelled', closed_at = now(), updated_at = now() WHERE id = $1`, [id]);
      await this.audit.record(manager, { tenantId: principal.tenantId, actor: actorOf(principal), action: 'item.cancel', entityType: 'item', entityId: id, before: { status: item.status }, after: { status: 'cancelled', reason } });
      return (await manager.query(`SELECT id::text FROM inbox_task WHERE tenant_id = $1 AND item_id = $2 AND status = 'open'`, [principal.tenantId, id])) as { id: string }[];
    });
    await this.tasks.remove(openTasks.map((t) => t.id), 'job-gone');
    this.events.publish({ tenantId: principal.tenantId, type: 'item.updated', data: { itemId: id }, audience: {} });
  }

  /** 延期申请: recorded and sent to the item's process as a message (correlation key = item id). */
  async requestExtension(principal: Principal, id: string, dto: ExtensionRequestDto) {
    return this.dataSource.transaction(async (manager) => {
      const item = await this.items.visibleItem(principal, id, manager, true);
      if (item.status !== 'active') throw new ItemsException(ItemsExceptionCode.ITEM_NOT_ACTIVE, '事项已办结或已撤销 / the item is not active');
      const [request] = (await manager.query(
        `INSERT INTO item_extension_request (tenant_id, item_id, unit_code, requested_limit, reason, requested_by) VALUES ($1, $2, $3, $4, $5, $6)
         RETURNING id, requested_at AS "requestedAt"`,
        [principal.tenantId, id, dto.unit ?? null, dto.requestedLimit, dto.reason, principal.personId],
      )) as { id: string; requestedAt: Date }[];
      await engineCall(() =>
        this.engine.publishMessage({
          name: extensionMessageName(principal.tenantCode),
          correlationKey: id,
          messageId: request.id,
          timeToLive: EXTENSION_MESSAGE_TTL_MS,
          tenantId: this.tenancy.engineTenant(principal.tenantCode),
          variables: { extensionLimit: dto.requestedLimit, extensionReason: dto.reason, extensionUnit: dto.unit ?? null, extensionRequestedBy: principal.personCode },
        }),
      );
      await this.audit.record(manager, { tenantId: principal.tenantId, actor: actorOf(principal), action: 'item.extension-request', entityType: 'item', entityId: id, after: { ...dto, requestId: request.id } });
      return { id: request.id, requestedAt: request.requestedAt, message: extensionMessageName(principal.tenantCode) };
    });
  }

  /** Gives the failed job its retries back and resolves the incident (administrators). */
  async retryIncident(principal: Principal, id: string, incidentKey: string): Promise<void> {
    const item = await this.items.visibleItem(principal, id);
    const incident = (await this.view.incidents(item)).find((i) => i.key === incidentKey && i.state === 'ACTIVE');
    if (!incident) throw notFound('故障');
    if (incident.jobKey) await engineCall(() => this.engine.updateJobRetries({ jobKey: incident.jobKey!, retries: 3 }));
    await engineCall(() => this.engine.resolveIncident(incident.key));
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, { tenantId: principal.tenantId, actor: actorOf(principal), action: 'item.incident-retry', entityType: 'item', entityId: id, after: { incidentKey, elementId: incident.elementId, errorMessage: incident.errorMessage } }),
    );
  }

  /** A document the workers generated for this item (tenant and item both checked). */
  async document(principal: Principal, id: string, documentId: string): Promise<StoredDocument> {
    await this.items.visibleItem(principal, id);
    const found = /^[0-9a-f-]{36}$/i.test(documentId) ? await this.workers.transaction((tx) => readDocument(tx, principal.tenantCode, documentId)) : undefined;
    if (!found || found.itemId !== id) throw notFound('文书');
    return found;
  }
}
