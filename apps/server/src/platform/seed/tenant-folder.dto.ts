import { Type } from 'class-transformer';
import { IsArray, IsEmail, IsIn, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { PERMISSIONS } from '../tenancy/permission.js';

const CODE = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** `processes/<tenant>/tenant.json` — only what the organisation needs; the rest belongs to other readers. */
export class TenantFileDto {
  @Matches(/^[a-z][a-z0-9-]{0,39}$/) id!: string;
  @IsString() @Length(1, 100) name!: string;
  @IsOptional() @IsString() @Length(1, 200) fullName?: string;
}

class RoleFileDto {
  @Matches(CODE) code!: string;
  @IsString() @Length(1, 100) name!: string;
  @IsIn(['tenant', 'unit']) scope!: 'tenant' | 'unit';
  /** Optional; unknown permission names are refused. */
  @IsOptional() @IsArray() @IsIn(PERMISSIONS, { each: true })
  permissions?: string[];
}

class UnitFileDto {
  @Matches(CODE) code!: string;
  @IsString() @Length(1, 100) name!: string;
  @IsOptional() @Matches(/^[a-z][a-z-]{0,39}$/) kind?: string;
  @IsOptional() @Matches(CODE) parent?: string;
}

class PersonFileDto {
  @Matches(CODE) id!: string;
  @IsOptional() @Matches(/^[a-zA-Z0-9][a-zA-Z0-9._-]{1,63}$/) login?: string;
  @IsString() @Length(1, 100) name!: string;
  @IsOptional() @Matches(CODE) unit?: string;
  @IsOptional() @IsArray() @Matches(CODE, { each: true }) roles?: string[];
  @IsOptional() @IsEmail() email?: string;
  @IsOptional() @Matches(/^\+?[0-9 -]{5,20}$/) mobile?: string;
}

class RoleBindingFileDto {
  @Matches(CODE) role!: string;
  @Matches(CODE) unit!: string;
  @Matches(CODE) person!: string;
}

/** `processes/<tenant>/organisation.json`. */
export class OrganisationFileDto {
  @IsString() tenant!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => RoleFileDto) roles!: RoleFileDto[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => UnitFileDto) units!: UnitFileDto[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => PersonFileDto) people!: PersonFileDto[];
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => RoleBindingFileDto) roleBindings?: RoleBindingFileDto[];
}
