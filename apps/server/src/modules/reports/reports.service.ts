import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { evaluationSummary, WORKERS_DATABASE, type WorkersDatabase } from '@duban/workers';
import type { DataSource } from 'typeorm';
import type { Principal } from '../../platform/tenancy/principal.js';
import { LightService } from '../tenant-config/light.service.js';
import type { LightCountsDto, MonthTrendDto, ReportPeriodDto, UnitReportDto } from './reports.dto.js';

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
    private readonly lightService: LightService,
  ) {}

  async units(principal: Principal, period: ReportPeriodDto): Promise<UnitReportDto> {
    const { from, to } = instants(period);
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

  /** Per month (Asia/Shanghai) of the period: results recorded by the workers, for the leaders' trend chart. */
  async trend(principal: Principal, period: ReportPeriodDto): Promise<MonthTrendDto[]> {
    const { from, to } = instants(period);
    const rows = await this.workers.query<{ month: string; on_time: number; overdue: number; send_backs: number; poor: number }>(
      `SELECT to_char(occurred_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month,
              count(*) FILTER (WHERE fact = 'on-time')::int AS on_time, count(*) FILTER (WHERE fact = 'overdue')::int AS overdue,
              count(*) FILTER (WHERE fact = 'send-back')::int AS send_backs, count(*) FILTER (WHERE fact = 'poor-implementation')::int AS poor
       FROM evaluation_fact WHERE tenant_id = $1 AND occurred_at >= $2 AND occurred_at < $3 GROUP BY 1 ORDER BY 1`,
      [principal.tenantCode, from, to],
    );
    return rows.map((r) => ({
      month: r.month,
      onTime: r.on_time,
      overdue: r.overdue,
      sendBacks: r.send_backs,
      poorImplementation: r.poor,
      onTimeRate: r.on_time + r.overdue === 0 ? null : r.on_time / (r.on_time + r.overdue),
    }));
  }

  /** Active items by light now (red overdue, yellow close to the limit, green, none without a limit). */
  async lights(principal: Principal): Promise<LightCountsDto> {
    const bounds = await this.lightService.bounds(principal.tenantCode);
    const [row] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE due_at < $2)::int AS red, count(*) FILTER (WHERE due_at >= $2 AND due_at < $3)::int AS yellow,
              count(*) FILTER (WHERE due_at >= $3)::int AS green, count(*) FILTER (WHERE due_at IS NULL)::int AS none
       FROM item WHERE tenant_id = $1 AND status = 'active'`,
      [principal.tenantId, bounds.redBefore, bounds.yellowBefore],
    )) as LightCountsDto[];
    return row;
  }
}

function instants(period: ReportPeriodDto): { from: Date; to: Date } {
  const from = new Date(`${period.from}T00:00:00+08:00`);
  const to = new Date(Date.parse(`${period.to}T00:00:00+08:00`) + 86_400_000);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to <= from || (to.getTime() - from.getTime()) / 86_400_000 > MAX_DAYS) {
    throw new HttpException({ code: 'VALIDATION_FAILED', message: '期间无效 / invalid period', fields: { to: ['须不早于 from，且不超过十年 / after from, at most ten years'] } }, HttpStatus.BAD_REQUEST);
  }
  return { from, to };
}
