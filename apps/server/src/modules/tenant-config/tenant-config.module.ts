import { Global, Module } from '@nestjs/common';
import { CandidateGroups } from './candidate-groups.service.js';
import { LightService } from './light.service.js';

/** tenant.json settings the features read (processes offered, light thresholds) and the tenant's calendar. */
@Global()
@Module({ providers: [LightService, CandidateGroups], exports: [LightService, CandidateGroups] })
export class TenantConfigModule {}
