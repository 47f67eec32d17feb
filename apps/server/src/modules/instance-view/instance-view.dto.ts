import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Where an instance is, for its diagram; administrators also get its history, variables and incidents. */
export class InstanceViewDto {
  @ApiProperty() key!: string;
  @ApiProperty({ description: '实例所运行的流程 id' }) bpmnProcessId!: string;
  @ApiProperty({ description: '实例所运行的版本（被调用的子流程也按其自己的版本）' }) version!: number;
  @ApiProperty({ enum: ['ACTIVE', 'COMPLETED', 'TERMINATED'] }) state!: string;
  @ApiProperty({ nullable: true, type: String, description: '调用它的上级实例' }) parentProcessInstanceKey!: string | null;
  @ApiProperty({ type: [String] }) activeElementIds!: string[];
  @ApiProperty({ type: [String] }) completedElementIds!: string[];
  @ApiProperty({ type: [String], description: '因故障停住的环节' }) incidentElementIds!: string[];
  @ApiPropertyOptional({ type: [String], description: '走过的连线；引擎历史不记录时省略（由网页按环节推断）' }) takenSequenceFlowIds?: string[];
  @ApiPropertyOptional({ description: '仅流程管理员：实例记录' }) instance?: unknown;
  @ApiPropertyOptional({ description: '仅流程管理员：各环节（含名称）' }) elements?: unknown[];
  @ApiPropertyOptional({ description: '仅流程管理员：变量' }) variables?: Record<string, unknown>;
  @ApiPropertyOptional({ description: '仅流程管理员：故障' }) incidents?: unknown[];
}
