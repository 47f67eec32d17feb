import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, IsString, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { InboxCriteriaDto } from './inbox-query.dto.js';

const PERSON_CODE = /^[a-z0-9][a-z0-9-]{0,63}$/;

export class PersonTargetDto {
  @ApiProperty({ description: '人员编码', example: 'demo-finance-contact' }) @Matches(PERSON_CODE, { message: 'to 须为人员编码' }) to!: string;
}

export class CompleteTaskDto {
  @ApiPropertyOptional({ description: '表单数据，按任务的表单校验（必填、类型、选项）' })
  @IsOptional() @IsObject() variables?: Record<string, unknown>;
}

export class AddCommentDto {
  @ApiProperty({ maxLength: 2000 }) @IsString() @Length(1, 2000) body!: string;
}

export class SaveFilterDto {
  @ApiProperty({ maxLength: 60 }) @IsString() @Length(1, 60) name!: string;
  @ApiProperty({ type: InboxCriteriaDto }) @IsObject() @ValidateNested() @Type(() => InboxCriteriaDto) criteria!: InboxCriteriaDto;
  @ApiPropertyOptional({ nullable: true, type: String, description: '共享给本人担任的某个角色（角色编码）' })
  @IsOptional() @IsString() @MaxLength(64) sharedWithRole?: string | null;
}
