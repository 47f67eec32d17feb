import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '../../platform/audit/audit.service.js';
import { SERVER_CONFIG } from '../../platform/config/config.module.js';
import type { ServerConfig } from '../../platform/config/server-config.js';
import { BundleDeployer } from './bundle-deployer.service.js';

/** The deployable files of a tenant folder, in name order. */
export function readTenantBundle(dir: string): { name: string; content: string }[] {
  return readdirSync(dir)
    .filter((name) => /\.(bpmn|dmn|form)$/.test(name))
    .sort()
    .map((name) => ({ name, content: readFileSync(path.join(dir, name), 'utf8') }));
}

/**
 * At every start (with seeding on), deploys each tenant folder under processes/ as one bundle. Idempotent: the
 * engine keeps the version of an identical resource, so a restart deploys nothing new; an edited file becomes a
 * new version. Runs after the organisation seeder (registered after SeedModule), which creates the tenants.
 */
@Injectable()
export class DeployOnStart implements OnApplicationBootstrap {
  private readonly logger = new Logger('Deploy');

  constructor(
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deployer: BundleDeployer,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedOnStart || !existsSync(this.config.processesDir)) return;
    const tenants = (await this.dataSource.query(`SELECT id, code FROM tenant ORDER BY code`)) as { id: string; code: string }[];
    for (const tenant of tenants) {
      const dir = path.join(this.config.processesDir, tenant.code);
      if (!existsSync(dir)) continue;
      const bundle = readTenantBundle(dir);
      if (bundle.length === 0) continue;
      const result = await this.deployer.deploy({ tenantId: tenant.id, tenantCode: tenant.code }, SYSTEM_ACTOR, 'start', bundle);
      const created = result.resources.filter((r) => r.created);
      if (created.length > 0) this.logger.log(`${tenant.code}: 部署 ${created.map((r) => `${r.id} v${r.version}`).join('、')}`);
    }
  }
}
