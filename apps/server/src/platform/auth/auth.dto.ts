import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, MaxLength } from 'class-validator';
import type { Principal } from '../tenancy/principal.js';

export class LoginDto {
  @ApiProperty({ example: 'demo-dcs-wang' }) @IsString() @Length(1, 64) username!: string;
  @ApiProperty() @IsString() @Length(1, 200) password!: string;
}

export class ChangePasswordDto {
  @ApiProperty() @IsString() @Length(1, 200) currentPassword!: string;
  @ApiProperty() @IsString() @MaxLength(200) newPassword!: string;
}

export class SessionUserDto {
  @ApiProperty() id!: string;
  @ApiProperty({ description: '组织文件中的人员编号，也是流程中的 assignee' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() username!: string;
  @ApiProperty() tenantId!: string;
  @ApiProperty() tenantCode!: string;
  @ApiProperty({ nullable: true, type: String }) unitId!: string | null;
  @ApiProperty({ type: [String] }) roles!: string[];
  @ApiProperty({ type: [String] }) permissions!: string[];
  @ApiProperty({ description: "'tenant' 或可见单位 id 列表", oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] })
  unitScope!: 'tenant' | string[];
}

export class SessionDto {
  @ApiProperty() user!: SessionUserDto;
  @ApiProperty({ description: '修改类请求须在 X-CSRF-Token 头中带上此值' }) csrfToken!: string;
  @ApiProperty() expiresAt!: Date;
}

export function sessionUser(principal: Principal): SessionUserDto {
  return {
    id: principal.personId,
    code: principal.personCode,
    name: principal.name,
    username: principal.username,
    tenantId: principal.tenantId,
    tenantCode: principal.tenantCode,
    unitId: principal.unitId,
    roles: principal.roles,
    permissions: [...principal.permissions].sort(),
    unitScope: principal.unitScope === 'tenant' ? 'tenant' : [...principal.unitScope].sort(),
  };
}
