import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';

export class RegisterItemDto {
  @ApiPropertyOptional({ description: '流程 id（tenant.json 中 kind=item 的流程）；省略为第一个' })
  @IsOptional() @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$/) processId?: string;
  @ApiPropertyOptional({ description: '流程版本；省略为最新' }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) version?: number;
  @ApiProperty({ description: '立项表单数据，按流程的启动表单校验' }) @IsObject() variables!: Record<string, unknown>;
}

export class ItemsQueryDto {
  @ApiPropertyOptional({ enum: ['active', 'closed', 'cancelled'] }) @IsOptional() @IsIn(['active', 'closed', 'cancelled']) status?: string;
  @ApiPropertyOptional({ description: '标题或编号中的文字' }) @IsOptional() @IsString() @MaxLength(200) text?: string;
  @ApiPropertyOptional({ enum: ['all', 'started'], default: 'all', description: 'started：我立项的' }) @IsOptional() @IsIn(['all', 'started']) view?: string;
  @ApiPropertyOptional({ description: '牵头或协办单位' }) @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional({ enum: ['red', 'yellow', 'green'] }) @IsOptional() @IsIn(['red', 'yellow', 'green']) light?: 'red' | 'yellow' | 'green';
  @ApiPropertyOptional() @IsOptional() @Matches(/^[A-Za-z0-9_-]{1,200}$/) cursor?: string;
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

export class CancelItemDto {
  @ApiProperty({ description: '撤销原因' }) @IsString() @Length(2, 500) reason!: string;
}

export class ExtensionRequestDto {
  @ApiProperty({ description: '申请的新时限（libs/calendar 写法，如 10wd、1m）或日期 YYYY-MM-DD', example: '10wd' })
  @Matches(/^(\d{1,4}(d|wd|w|m|y)|\d{4}-\d{2}-\d{2})$/, { message: 'requestedLimit 须为 10wd / 1m / 2026-12-31 等' })
  requestedLimit!: string;
  @ApiProperty() @IsString() @Length(2, 1000) reason!: string;
  @ApiPropertyOptional({ description: '申请单位编码（多单位事项时）' }) @IsOptional() @Matches(/^[a-z0-9][a-z0-9-]{0,63}$/) unit?: string;
}

export class ItemDto {
  @ApiProperty() id!: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: '编号，如 古督〔2026〕12号（编号后才有）' }) number!: string | null;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) sourceType!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) category!: string | null;
  @ApiPropertyOptional({ nullable: true }) leadUnit!: { id: string; code: string; name: string } | null;
  @ApiProperty() assistingUnits!: { id: string; code: string; name: string }[];
  @ApiPropertyOptional({ nullable: true, type: String }) statedLimit!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) dueDate!: string | null;
  @ApiProperty({ enum: ['active', 'closed', 'cancelled'] }) status!: string;
  @ApiPropertyOptional({ nullable: true, enum: ['red', 'yellow', 'green'] }) light!: string | null;
  @ApiProperty() processId!: string;
  @ApiProperty() processVersion!: number;
  @ApiPropertyOptional({ nullable: true, type: String }) processInstanceKey!: string | null;
  @ApiProperty() createdBy!: { id: string; name: string };
  @ApiProperty() createdAt!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) closedAt!: string | null;
}

export class ItemPageDto {
  @ApiProperty({ type: [ItemDto] }) items!: ItemDto[];
  @ApiPropertyOptional({ nullable: true, type: String }) nextCursor!: string | null;
}
