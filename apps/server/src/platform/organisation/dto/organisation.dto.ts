import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PERMISSIONS, type Permission } from '../../tenancy/permission.js';

const CODE = /^[a-z0-9][a-z0-9-]{0,63}$/;
const CODE_MESSAGE = '编码只能包含小写字母、数字和连字符 / code: lower-case letters, digits and hyphens';

export class UpdateTenantDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) name?: string;
  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @Length(1, 200) fullName?: string | null;
}

export class CreateUnitDto {
  @ApiProperty({ example: 'czj' }) @Matches(CODE, { message: CODE_MESSAGE }) code!: string;
  @ApiProperty({ example: '县财政局' }) @IsString() @Length(1, 100) name!: string;
  @ApiPropertyOptional({ example: 'handling' }) @IsOptional() @Matches(/^[a-z][a-z-]{0,39}$/) kind?: string;
  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID() parentId?: string | null;
}

export class UpdateUnitDto extends PartialType(CreateUnitDto) {
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
}

export class CreateRoleDto {
  @ApiProperty({ example: 'supervision-staff', description: '也是 BPMN 中的候选组名' })
  @Matches(CODE, { message: CODE_MESSAGE }) code!: string;
  @ApiProperty() @IsString() @Length(1, 100) name!: string;
  @ApiProperty({ enum: ['tenant', 'unit'] }) @IsIn(['tenant', 'unit']) scope!: 'tenant' | 'unit';
  @ApiPropertyOptional({ enum: PERMISSIONS, isArray: true })
  @IsOptional() @IsArray() @IsIn(PERMISSIONS, { each: true }) permissions?: Permission[];
}

export class UpdateRoleDto extends PartialType(PickType(CreateRoleDto, ['name', 'scope', 'permissions'] as const)) {}

export class CreatePersonDto {
  @ApiProperty({ example: 'wang-xy', description: '人员编号（流程 assignee）' })
  @Matches(CODE, { message: CODE_MESSAGE }) code!: string;
  @ApiProperty() @IsString() @Length(1, 100) name!: string;
  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID() unitId?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsEmail() @MaxLength(200) email?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional() @ValidateIf((_, v) => v !== null) @Matches(/^\+?[0-9 -]{5,20}$/) mobile?: string | null;
}

export class UpdatePersonDto extends PartialType(PickType(CreatePersonDto, ['name', 'unitId', 'email', 'mobile'] as const)) {
  @ApiPropertyOptional({ description: '停用后该人员的会话立即失效' }) @IsOptional() @IsBoolean() active?: boolean;
}

export class RoleAssignmentDto {
  @ApiProperty() @IsUUID() roleId!: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: '为某单位担任此角色（如分管单位）' })
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID() unitId?: string | null;
}

export class SetRolesDto {
  @ApiProperty({ type: [RoleAssignmentDto] })
  @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => RoleAssignmentDto)
  roles!: RoleAssignmentDto[];
}

export class SetAccountDto {
  @ApiProperty({ example: 'wang-xy' }) @Matches(/^[a-zA-Z0-9][a-zA-Z0-9._-]{1,63}$/) username!: string;
  @ApiProperty() @IsString() @MaxLength(200) password!: string;
}
