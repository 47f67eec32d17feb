import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsObject, IsOptional, IsString, Matches, MaxLength, Min, ValidateNested } from 'class-validator';

export const MAX_RESOURCE_CHARS = 2_000_000;

export class DeployResourceDto {
  @ApiProperty({ example: 'demo-supervision-item.bpmn', description: '文件名，以 .bpmn / .dmn / .form 结尾' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.(bpmn|dmn|form)$/, { message: 'name 须为 .bpmn / .dmn / .form 文件名（字母、数字、-._）' })
  name!: string;

  @ApiProperty({ description: 'XML（BPMN、DMN）或 form-js JSON 文本' })
  @IsString() @MaxLength(MAX_RESOURCE_CHARS)
  content!: string;
}

export class DeployBundleDto {
  @ApiProperty({ type: [DeployResourceDto], description: '一起部署的资源：全部成功或全部不部署' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => DeployResourceDto)
  resources!: DeployResourceDto[];
}

export class DeployedResourceDto {
  @ApiProperty({ enum: ['bpmn', 'dmn', 'form'] }) kind!: 'bpmn' | 'dmn' | 'form';
  @ApiProperty({ description: 'bpmnProcessId、决策需求 id 或 formId' }) id!: string;
  @ApiProperty() version!: number;
  @ApiProperty() resourceName!: string;
  @ApiProperty({ description: '本次部署产生了新版本（内容相同则沿用原版本）' }) created!: boolean;
}

export class DeploymentDto {
  @ApiProperty({ nullable: true, type: String, description: '无新版本时为空' }) id!: string | null;
  @ApiProperty() deploymentKey!: string;
  @ApiProperty({ type: [DeployedResourceDto] }) resources!: DeployedResourceDto[];
}

export class ProcessSummaryDto {
  @ApiProperty({ description: 'bpmnProcessId' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() latestVersion!: number;
  @ApiProperty() processDefinitionKey!: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'item：立项启动；called：被调用；…（tenant.json）' }) kind!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) startFormId!: string | null;
}

export class ResourceVersionDto {
  @ApiProperty() version!: number;
  @ApiProperty() key!: string;
  @ApiProperty() resourceName!: string;
  @ApiProperty() deployedAt!: Date;
  @ApiProperty({ nullable: true, type: String }) deployedBy!: string | null;
}

export class StartInstanceDto {
  @ApiPropertyOptional({ description: '版本；省略为最新版本' }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) version?: number;
  @ApiPropertyOptional({ description: '流程变量（JSON 对象）' }) @IsOptional() @IsObject() variables?: Record<string, unknown>;
}

/** Path parameters of a versioned resource; the id is read separately (and checked against the tenant). */
export class VersionParamDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) version!: number;
  @IsOptional() @IsString() processId?: string;
  @IsOptional() @IsString() formId?: string;
  @IsOptional() @IsString() decisionRequirementsId?: string;
}
