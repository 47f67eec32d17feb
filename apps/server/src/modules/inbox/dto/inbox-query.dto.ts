import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsJSON, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

export const INBOX_VIEWS = ['mine', 'done', 'started', 'all'] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];
export const INBOX_SORTS = ['due', 'created', 'priority'] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The inbox filters of issue 5; the same shape is kept as a saved filter's criteria. */
export class InboxCriteriaDto {
  @ApiPropertyOptional({ description: '标题、编号或任务名称中的文字' }) @IsOptional() @IsString() @MaxLength(200) text?: string;
  @ApiPropertyOptional({ description: 'bpmnProcessId' }) @IsOptional() @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$/) processId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional({ enum: ['red', 'yellow', 'green'] }) @IsOptional() @IsIn(['red', 'yellow', 'green']) light?: 'red' | 'yellow' | 'green';
  @ApiPropertyOptional() @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean() overdue?: boolean;
  @ApiPropertyOptional({ description: '到期日不晚于（YYYY-MM-DD）' }) @IsOptional() @Matches(DAY) dueBefore?: string;
  @ApiPropertyOptional({ description: '到期日不早于（YYYY-MM-DD）' }) @IsOptional() @Matches(DAY) dueAfter?: string;
  @ApiPropertyOptional({ enum: INBOX_SORTS, default: 'due' }) @IsOptional() @IsIn(INBOX_SORTS) sort?: InboxSort;
  @ApiPropertyOptional({ description: '变量条件（JSON 对象，值为文本、数字或布尔），如 {"category":"major"}' })
  @IsOptional() @IsJSON() @MaxLength(1000) vars?: string;
}

export class InboxQueryDto extends InboxCriteriaDto {
  @ApiPropertyOptional({ enum: INBOX_VIEWS, default: 'mine', description: 'mine 待办；done 已办；started 我发起的；all 全部（需 items.all）' })
  @IsOptional() @IsIn(INBOX_VIEWS) view?: InboxView;
  @ApiPropertyOptional() @IsOptional() @Matches(/^[A-Za-z0-9_-]{1,200}$/) cursor?: string;
  @ApiPropertyOptional({ default: 50, maximum: 200 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

export class PersonRefDto {
  @ApiProperty({ description: '人员编码（流程中的 assignee）' }) id!: string;
  @ApiProperty() name!: string;
}

export class UnitRefDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
}

export class TaskSummaryDto {
  @ApiProperty({ description: '任务 id（= 引擎作业 key）' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() elementId!: string;
  @ApiProperty() processId!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) processName!: string | null;
  @ApiProperty() processInstanceKey!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) itemId!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) itemNumber!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) itemTitle!: string | null;
  @ApiPropertyOptional({ nullable: true, type: UnitRefDto }) unit!: UnitRefDto | null;
  @ApiPropertyOptional({ nullable: true, type: PersonRefDto }) assignee!: PersonRefDto | null;
  @ApiPropertyOptional({ nullable: true, type: PersonRefDto, description: '委派人（委派中）' }) owner!: PersonRefDto | null;
  @ApiProperty({ type: [String] }) candidateGroups!: string[];
  @ApiProperty({ type: [String] }) candidateUsers!: string[];
  @ApiPropertyOptional({ nullable: true, type: String }) dueDate!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) followUpDate!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) completedAt!: string | null;
  @ApiProperty({ enum: ['open', 'completed', 'cancelled'] }) status!: 'open' | 'completed' | 'cancelled';
  @ApiPropertyOptional({ nullable: true, enum: ['red', 'yellow', 'green'] }) light!: 'red' | 'yellow' | 'green' | null;
  @ApiProperty() priority!: number;
  @ApiPropertyOptional({ nullable: true, type: String }) formKey!: string | null;
}

export class TaskPageDto {
  @ApiProperty({ type: [TaskSummaryDto] }) items!: TaskSummaryDto[];
  @ApiPropertyOptional({ nullable: true, type: String, description: '下一页的 cursor' }) nextCursor!: string | null;
}
