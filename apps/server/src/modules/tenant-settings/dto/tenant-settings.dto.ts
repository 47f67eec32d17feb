import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsObject, IsOptional } from 'class-validator';

export class CalendarInfoDto {
  @ApiProperty({ description: '有节假日数据的年份（随产品发布的国务院通知与上传的年份）', type: [Number] }) years!: number[];
  @ApiProperty({ description: '本租户的日历配置（calendar.json 格式）', type: 'object', additionalProperties: true }) overrides!: unknown;
  @ApiProperty({ description: '最近一次上传的时间；未上传过为 null', nullable: true, type: String }) updatedAt!: string | null;
  @ApiProperty({ description: 'database：管理员上传；file：processes/ 中的 calendar.json；none：无', enum: ['database', 'file', 'none'] })
  source!: 'database' | 'file' | 'none';
}

export class NotificationChannelDto {
  @ApiProperty({ example: 'sms' }) id!: string;
  @ApiProperty({ enum: ['in-app', 'email', 'sms'] }) kind!: string;
  @ApiProperty({ example: '短信' }) name!: string;
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ description: '可读的设置（发件人、网关地址、环境变量名）', type: 'object', additionalProperties: { type: 'string' } })
  config!: Record<string, string>;
  @ApiProperty({ description: '已设置的只写字段（SMTP 地址、短信令牌），其值从不返回', type: [String] }) secretsSet!: string[];
  @ApiProperty({ description: '可设置的字段：config 为可读，secrets 为只写', type: 'object', additionalProperties: true })
  fields!: { config: readonly string[]; secrets: readonly string[] };
  @ApiProperty({ enum: ['database', 'file'] }) source!: 'database' | 'file';
}

export class UpdateChannelDto {
  @ApiPropertyOptional() @IsOptional() @IsBoolean() enabled?: boolean;
  @ApiPropertyOptional({
    description: '要改的设置；null 或空字符串删除该项。只写字段（smtpUrl、token）可写不可读',
    type: 'object',
    additionalProperties: { type: 'string', nullable: true },
  })
  @IsOptional()
  @IsObject()
  config?: Record<string, unknown>;
}
