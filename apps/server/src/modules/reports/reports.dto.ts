import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Matches } from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class ReportPeriodDto {
  @ApiProperty({ description: '起始日（含），YYYY-MM-DD', example: '2026-07-01' }) @Matches(DAY, { message: 'from 须为 YYYY-MM-DD' }) from!: string;
  @ApiProperty({ description: '截止日（含），YYYY-MM-DD', example: '2026-09-30' }) @Matches(DAY, { message: 'to 须为 YYYY-MM-DD' }) to!: string;
}

export class UnitReportRowDto {
  @ApiProperty() unitCode!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ description: '期间按时办结' }) onTime!: number;
  @ApiProperty({ description: '期间逾期办结' }) overdue!: number;
  @ApiProperty({ description: '期间退回重办' }) sendBacks!: number;
  @ApiProperty({ description: '期间落实不力' }) poorImplementation!: number;
  @ApiPropertyOptional({ nullable: true, type: Number, description: '按时办结率 0–1；期间无办结为空' }) onTimeRate!: number | null;
  @ApiProperty({ description: '当前已逾期未办的任务' }) openOverdue!: number;
}

export class UnitReportDto {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ type: [UnitReportRowDto] }) units!: UnitReportRowDto[];
}

export class MonthTrendDto {
  @ApiProperty({ example: '2026-09' }) month!: string;
  @ApiProperty() onTime!: number;
  @ApiProperty() overdue!: number;
  @ApiProperty() sendBacks!: number;
  @ApiProperty() poorImplementation!: number;
  @ApiPropertyOptional({ nullable: true, type: Number }) onTimeRate!: number | null;
}

export class LightCountsDto {
  @ApiProperty() red!: number;
  @ApiProperty() yellow!: number;
  @ApiProperty() green!: number;
  @ApiProperty({ description: '无时限' }) none!: number;
}
