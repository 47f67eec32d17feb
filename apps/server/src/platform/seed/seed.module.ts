import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { SERVER_CONFIG } from '../config/config.module.js';
import type { ServerConfig } from '../config/server-config.js';
import { OrganisationSeeder } from './organisation.seeder.js';
import { readTenantFolders } from './tenant-folder.reader.js';

/** Seeds at start (DUBAN_SEED=false to skip) and tells the newcomer how to log in. */
@Injectable()
export class SeedOnStart implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly seeder: OrganisationSeeder,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedOnStart) return;
    const folders = readTenantFolders(this.config.processesDir);
    if (folders.length === 0) {
      this.logger.warn(`${this.config.processesDir} 中没有租户目录（tenant.json + organisation.json），未创建任何组织`);
      return;
    }
    const password = this.config.demoPassword ?? randomBytes(9).toString('base64url');
    const results = await this.seeder.seed(folders, password);
    const accounts = results.flatMap((r) => r.created.accounts);
    if (accounts.length === 0) return;
    const file = path.join(this.config.dataDir, 'demo-accounts.txt');
    const lines = [
      `Duban 演示账号（${new Date().toISOString()} 创建）`,
      `密码 / password: ${this.config.demoPassword ? '(DUBAN_DEMO_PASSWORD)' : password}`,
      ...results.map((r) => `${r.tenant}: ${r.created.accounts.join(', ')}`),
    ];
    await mkdir(this.config.dataDir, { recursive: true });
    await writeFile(file, `${lines.join('\n')}\n`, { mode: 0o600 });
    this.logger.log(
      `已创建 ${accounts.length} 个演示账号。用 <租户>-admin（如 ${results[0].tenant}-admin）登录，` +
        `密码：${this.config.demoPassword ? '见 DUBAN_DEMO_PASSWORD' : password}（已写入 ${file}）`,
    );
  }
}

@Module({ providers: [OrganisationSeeder, SeedOnStart], exports: [OrganisationSeeder] })
export class SeedModule {}
