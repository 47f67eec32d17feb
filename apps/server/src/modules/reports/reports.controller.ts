import { Controller, Get, Query, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { CurrentPrincipal, RequireAnyPermission } from '../../platform/tenancy/current-principal.decorator.js';
import type { Principal } from '../../platform/tenancy/principal.js';
import { unitReportBulletin, unitReportXlsx } from './report-files.util.js';
import { LightCountsDto, MonthTrendDto, ReportPeriodDto, UnitReportDto } from './reports.dto.js';
import { ReportsService } from './reports.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

@ApiTags('reports')
@Controller('reports')
// 督查室 (items.all) and leaders who only read the figures (reports.read).
@RequireAnyPermission('items.all', 'reports.read')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get('units')
  @ApiOperation({ summary: '各单位期间内按时办结率、逾期、退回重办、落实不力，及当前逾期未办' })
  @ApiOkResponse({ type: UnitReportDto })
  units(@CurrentPrincipal() principal: Principal, @Query() period: ReportPeriodDto): Promise<UnitReportDto> {
    return this.reports.units(principal, period);
  }

  @Get('trend')
  @ApiOperation({ summary: '按月趋势：按时办结、逾期、退回重办、落实不力' })
  @ApiOkResponse({ type: [MonthTrendDto] })
  trend(@CurrentPrincipal() principal: Principal, @Query() period: ReportPeriodDto): Promise<MonthTrendDto[]> {
    return this.reports.trend(principal, period);
  }

  @Get('lights')
  @ApiOperation({ summary: '在办事项的红黄绿灯数量' })
  @ApiOkResponse({ type: LightCountsDto })
  lights(@CurrentPrincipal() principal: Principal): Promise<LightCountsDto> {
    return this.reports.lights(principal);
  }

  @Get('units.xlsx')
  @ApiProduces(XLSX)
  async xlsx(@CurrentPrincipal() principal: Principal, @Query() period: ReportPeriodDto, @Res() res: Response): Promise<void> {
    const file = await unitReportXlsx(await this.reports.units(principal, period), await this.tenantName(principal));
    this.send(res, XLSX, `督办情况-${period.from}-${period.to}.xlsx`, file);
  }

  @Get('bulletin.docx')
  @ApiOperation({ summary: '督查通报（.docx），按期间生成' })
  @ApiProduces(DOCX)
  async bulletin(@CurrentPrincipal() principal: Principal, @Query() period: ReportPeriodDto, @Res() res: Response): Promise<void> {
    const tenant = await this.tenantName(principal);
    const file = await unitReportBulletin(await this.reports.units(principal, period), tenant, `${tenant}人民政府督查室`);
    this.send(res, DOCX, `督查通报-${period.from}-${period.to}.docx`, file);
  }

  private async tenantName(principal: Principal): Promise<string> {
    const [row] = (await this.dataSource.query(`SELECT name FROM tenant WHERE id = $1`, [principal.tenantId])) as { name: string }[];
    return row.name;
  }

  private send(res: Response, type: string, name: string, file: Buffer): void {
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
    res.send(file);
  }
}
