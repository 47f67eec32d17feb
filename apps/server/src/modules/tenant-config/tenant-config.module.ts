import { Global, Module } from '@nestjs/common';
import { LightService } from './light.service.js';

/** tenant.json settings the features read (processes offered, light thresholds) and the tenant's calendar. */
@Global()
@Module({ providers: [LightService], exports: [LightService] })
export class TenantConfigModule {}
