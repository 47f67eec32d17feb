import { ApiProperty } from '@nestjs/swagger';

export class DeployedFormDto {
  @ApiProperty({ example: 'alpha-register' }) formId!: string;
  @ApiProperty({ description: '最新版本' }) version!: number;
  @ApiProperty({ format: 'date-time' }) deployedAt!: string;
}

export class DeployedDecisionDto {
  @ApiProperty({ description: 'DMN 文件（决策需求图）的 id', example: 'alpha-time-limit' }) decisionRequirementsId!: string;
  @ApiProperty({ nullable: true, type: String }) name!: string | null;
  @ApiProperty({ description: '最新版本' }) version!: number;
  @ApiProperty({ description: '文件中各决策的 id（业务规则任务引用它们）', type: [String] }) decisionIds!: string[];
  @ApiProperty({ format: 'date-time' }) deployedAt!: string;
}
