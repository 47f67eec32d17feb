import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { CurrentPrincipal, RequirePermission } from '../tenancy/current-principal.decorator.js';
import type { Principal } from '../tenancy/principal.js';
import { AuditService, type AuditRow, type ChainVerification } from './audit.service.js';

export class AuditQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) entityType?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) entityId?: string;
  @ApiPropertyOptional({ description: '只返回序号小于此值的记录（向前翻页）' })
  @IsOptional() @Matches(/^\d{1,18}$/) beforeSeq?: string;
  @ApiPropertyOptional({ default: 50, maximum: 500 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
}

export class ChainVerificationDto {
  @ApiProperty() valid!: boolean;
  @ApiProperty() entries!: number;
  @ApiProperty({ nullable: true, type: String }) head!: string | null;
  @ApiPropertyOptional() brokenAt?: { seq: string; reason: string };
}

@ApiTags('audit')
@Controller('audit')
@RequirePermission('audit.read')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  list(@CurrentPrincipal() principal: Principal, @Query() query: AuditQueryDto): Promise<AuditRow[]> {
    return this.audit.list(principal.tenantId, { ...query, limit: query.limit ?? 50 });
  }

  @Get('verify')
  @ApiOkResponse({ type: ChainVerificationDto, description: '重新计算本租户审计链的每个哈希' })
  verify(@CurrentPrincipal() principal: Principal): Promise<ChainVerification> {
    return this.audit.verify(principal.tenantId);
  }
}
