import { Module } from '@nestjs/common';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';

/** Per-unit reports over a period from the workers' evaluation facts; .xlsx and .docx exports. */
@Module({ controllers: [ReportsController], providers: [ReportsService] })
export class ReportsModule {}
