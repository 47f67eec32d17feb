import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createWorkingCalendar, isCalendarError, validateCalendarOverrides } from '@duban/calendar';
import { WORKERS_DATABASE, WORKERS_TENANT_CONFIG, type TenantConfigSource, type WorkersDatabase } from '@duban/workers';
import type { DataSource } from 'typeorm';
import { actorOf, AuditService } from '../../platform/audit/audit.service.js';
import { SERVER_CONFIG } from '../../platform/config/config.module.js';
import type { ServerConfig } from '../../platform/config/server-config.js';
import type { Principal } from '../../platform/tenancy/principal.js';
import { calendarProblemFields } from './calendar-problems.util.js';
import type { CalendarInfoDto } from './dto/tenant-settings.dto.js';
import { lockTenantSettings, settingsStoreOn } from './settings-store.util.js';
import { TenantSettingsException, TenantSettingsExceptionCode } from './tenant-settings.exception.js';

/**
 * The tenant's holiday calendar: the shipped State Council data plus the tenant's overrides. An upload replaces
 * processes/<tenant>/calendar.json for this tenant, in the table the workers read (deadlines) and the lights use.
 */
@Injectable()
export class CalendarSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(WORKERS_DATABASE) private readonly workers: WorkersDatabase,
    @Inject(WORKERS_TENANT_CONFIG) private readonly tenants: TenantConfigSource,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
    private readonly audit: AuditService,
  ) {}

  async get(principal: Principal): Promise<CalendarInfoDto> {
    const code = principal.tenantCode;
    const stored = await settingsStoreOn(this.dataSource.manager, this.workers.schema).calendar(code);
    const file = stored ? undefined : await this.fileOverrides(code);
    const calendar = await this.tenants.calendar(code);
    return {
      years: calendar.years(),
      overrides: stored?.overrides ?? file ?? {},
      updatedAt: stored?.updatedAt.toISOString() ?? null,
      source: stored ? 'database' : file ? 'file' : 'none',
    };
  }

  /** Validates the whole file first (every problem named, nothing stored on any), then stores it with its audit entry. */
  async upload(principal: Principal, overrides: unknown): Promise<CalendarInfoDto> {
    try {
      createWorkingCalendar(validateCalendarOverrides(overrides));
    } catch (error) {
      if (!isCalendarError(error)) throw error;
      const problems = error.problems.length > 0 ? error.problems : [error.message];
      throw new TenantSettingsException(
        TenantSettingsExceptionCode.INVALID_CALENDAR,
        `日历配置有 ${problems.length} 处问题，未保存：${problems[0]}${problems.length > 1 ? ' …' : ''}`,
        calendarProblemFields(problems),
      );
    }
    const code = principal.tenantCode;
    await this.dataSource.transaction(async (manager) => {
      await lockTenantSettings(manager, code, 'calendar');
      const store = settingsStoreOn(manager, this.workers.schema);
      const before = await store.calendar(code);
      await store.saveCalendar(code, overrides, principal.username);
      await this.audit.record(manager, {
        tenantId: principal.tenantId,
        actor: actorOf(principal),
        action: 'calendar.update',
        entityType: 'tenant_calendar',
        entityId: code,
        before: before?.overrides ?? null,
        after: overrides,
      });
    });
    this.tenants.invalidate?.(code);
    return this.get(principal);
  }

  /** calendar.json as shipped in processes/, shown until an administrator uploads a replacement. */
  private async fileOverrides(tenantCode: string): Promise<unknown> {
    try {
      return JSON.parse(await readFile(path.join(this.config.processesDir, tenantCode, 'calendar.json'), 'utf8')) as unknown;
    } catch {
      return undefined;
    }
  }
}
