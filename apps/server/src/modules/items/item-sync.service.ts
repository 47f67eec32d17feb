import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { WorkflowEngine } from '@duban/workflow';
import type { DataSource } from 'typeorm';
import { SYSTEM_ACTOR, AuditService } from '../../platform/audit/audit.service.js';
import { WORKFLOW_ENGINE } from '../../platform/workflow/workflow-engine.module.js';
import { LiveEventsService } from '../events/live-events.service.js';

const SYNC_MS = 3_000;
const BATCH = 50;

/**
 * Follows active items' root instances: a completed instance closes the item (销号), a terminated one cancels it.
 * Runs in the background over the items checked longest ago, and for one item whenever its page is read.
 */
@Injectable()
export class ItemSync implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ItemSync');
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(WORKFLOW_ENGINE) private readonly engine: WorkflowEngine,
    private readonly audit: AuditService,
    private readonly events: LiveEventsService,
  ) {}

  onApplicationBootstrap(): void {
    const tick = () => {
      this.running = this.syncBatch()
        .catch((error: unknown) => this.logger.error(`事项同步失败 / item sync failed: ${String(error)}`))
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, SYNC_MS);
        });
    };
    this.timer = setTimeout(tick, SYNC_MS);
  }

  async onModuleDestroy(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  async syncBatch(): Promise<void> {
    const rows = (await this.dataSource.query(
      `SELECT id FROM item WHERE status = 'active' AND process_instance_key IS NOT NULL ORDER BY checked_at NULLS FIRST LIMIT $1`,
      [BATCH],
    )) as { id: string }[];
    for (const row of rows) await this.syncOne(row.id);
  }

  async syncOne(itemId: string): Promise<void> {
    const [item] = (await this.dataSource.query(`SELECT tenant_id, process_instance_key, status, created_by FROM item WHERE id = $1`, [itemId])) as {
      tenant_id: string;
      process_instance_key: string | null;
      status: string;
      created_by: string;
    }[];
    if (!item || item.status !== 'active' || !item.process_instance_key) return;
    const instance = await this.engine.history.getProcessInstance(item.process_instance_key);
    if (!instance || instance.state === 'ACTIVE') {
      await this.dataSource.query(`UPDATE item SET checked_at = now() WHERE id = $1`, [itemId]);
      return;
    }
    const status = instance.state === 'COMPLETED' ? 'closed' : 'cancelled';
    const changed = await this.dataSource.transaction(async (manager) => {
      const result = (await manager.query(
        `UPDATE item SET status = $2, closed_at = $3, checked_at = now(), updated_at = now() WHERE id = $1 AND status = 'active' RETURNING id`,
        [itemId, status, instance.endDate ?? new Date().toISOString()],
      )) as [unknown[], number];
      if (result[0].length === 0) return false;
      await this.audit.record(manager, { tenantId: item.tenant_id, actor: SYSTEM_ACTOR, action: `item.${status === 'closed' ? 'close' : 'cancel'}`, entityType: 'item', entityId: itemId, before: { status: 'active' }, after: { status, endDate: instance.endDate ?? null } });
      return true;
    });
    if (changed) this.events.publish({ tenantId: item.tenant_id, type: 'item.updated', data: { itemId }, audience: { personIds: [item.created_by] } });
  }
}
