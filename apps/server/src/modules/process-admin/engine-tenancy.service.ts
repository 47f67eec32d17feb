import { Inject, Injectable } from '@nestjs/common';
import type { ProcessInstanceRecord, WorkflowEngine } from '@duban/workflow';
import { SERVER_CONFIG } from '../../platform/config/config.module.js';
import type { ServerConfig } from '../../platform/config/server-config.js';
import { WORKFLOW_ENGINE } from '../../platform/workflow/workflow-engine.module.js';

/** Zeebe's tenant when multi-tenancy is off. */
export const ZEEBE_DEFAULT_TENANT = '<default>';

/**
 * Which engine tenant a county's deployments and instances use. The embedded engine keeps tenants apart itself;
 * a Zeebe cluster does so only with multi-tenancy enabled (ZEEBE_MULTI_TENANCY=true) — otherwise everything is
 * Zeebe's `<default>` tenant, ids are tenant-prefixed (processes/README.md) and the `tenantId` variable the server
 * sets at every start tells whose an instance is.
 */
@Injectable()
export class EngineTenancy {
  private readonly perTenant: boolean;

  constructor(
    @Inject(SERVER_CONFIG) config: ServerConfig,
    @Inject(WORKFLOW_ENGINE) private readonly engine: WorkflowEngine,
  ) {
    this.perTenant = config.engine !== 'zeebe' || config.zeebe.multiTenancy;
  }

  /** The tenant id to pass to the engine for a county, or undefined for Zeebe's default tenant. */
  engineTenant(tenantCode: string): string | undefined {
    return this.perTenant ? tenantCode : undefined;
  }

  /** Whether an instance belongs to the county: by the engine's tenant, or by its `tenantId` variable. */
  async owns(tenantCode: string, instance: ProcessInstanceRecord): Promise<boolean> {
    if (instance.tenantId === tenantCode) return true;
    if (this.perTenant || instance.tenantId !== ZEEBE_DEFAULT_TENANT) return false;
    const variables = await this.engine.history.listVariables(instance.key);
    return variables.some((v) => v.scopeKey === instance.key && v.name === 'tenantId' && v.value === tenantCode);
  }
}
