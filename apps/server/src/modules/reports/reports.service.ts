import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { evaluationSummary, WORKERS_DATABASE, type WorkersDatabase } from '@duban/workers';
import type { DataSource } from 'typeorm';
import type { Principal } from '../../platform/tenancy/principal.js';
import type { ReportPeriodDto, UnitReportDto } from './reports.dto.js';

const MAX_DAYS = 3660;

/**
 * Per unit and period: on-time rate, overdue, send-backs and 落实不力 from the evaluation facts the workers record
 * (`duban:evaluate`), plus the unit's open tasks that are overdue now (from the inbox).
 */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(WORKERS_DATABASE) private readonly workers: WorkersDatabase,
  ) {}

  async units(principal: Principal, period: ReportPeriodDto): Promise<UnitReportDto> {
    const from = new Date(`${period.from}T00:00:00+08:00`);
    const to = new Date(Date.parse(`${period.to}T00:00:00+08:00`) + 86_400_000);
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to <= from || (to.getTime() - from.getTime()) / 86_400_000 > MAX_DAYS) {
      throw new HttpException({ code: 'VALIDATION_FAILED', message: '期间无效 / invalid period', fields: { to: ['须不早于 from，且不超过十年 / after from, at most ten years'] } }, HttpStatus.BAD_REQUEST);
    }
    const facts = await this.workers.transaction((client) => evaluationSummary(client, principal.tenantCode, { from, to }));
    const units = (await this.dataSource.query(
      `SELECT u.code, u.name, (SELECT count(*)::int FROM inbox_task t WHERE t.tenant_id = u.tenant_id AND t.unit_id = u.id AND t.status = 'open' AND t.due_at < now()) AS open_overdue
       FROM unit u WHERE u.tenant_id = $1 AND (u.kind = 'handling' OR u.code = ANY($2)) ORDER BY u.code`,
      [principal.tenantId, facts.map((f) => f.unit)],
    )) as { code: string; name: string; open_overdue: number }[];
    return {
      from: period.from,
      to: period.to,
      units: units.map((unit) => {
        const f = facts.find((x) => x.unit === unit.code);
        return {
          unitCode: unit.code,
          unitName: unit.name,
          onTime: f?.onTime ?? 0,
          overdue: f?.overdue ?? 0,
          sendBacks: f?.sendBacks ?? 0,
          poorImplementation: f?.poorImplementation ?? 0,
          onTimeRate: f?.onTimeRate ?? null,
          openOverdue: unit.open_overdue,
        };
      }),
    };
  }
}
