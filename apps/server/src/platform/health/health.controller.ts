import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { SERVER_CONFIG } from '../config/config.module.js';
import { ENGINE_KINDS, type EngineKind, type ServerConfig } from '../config/server-config.js';
import { Public } from '../tenancy/current-principal.decorator.js';

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'error'] }) status!: 'ok' | 'error';
  @ApiProperty({ enum: ['up', 'down'] }) database!: 'up' | 'down';
  @ApiProperty({ enum: ENGINE_KINDS }) engine!: EngineKind;
}

const PING_TIMEOUT_MS = 2_000;

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
  ) {}

  @Get()
  @ApiOkResponse({ type: HealthDto, description: '服务正常' })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: '数据库不可用' })
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthDto> {
    const up = await this.pingDatabase();
    if (!up) response.status(HttpStatus.SERVICE_UNAVAILABLE);
    return { status: up ? 'ok' : 'error', database: up ? 'up' : 'down', engine: this.config.engine };
  }

  private async pingDatabase(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS)));
    try {
      return await Promise.race([this.dataSource.query('SELECT 1').then(() => true), timeout]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}
