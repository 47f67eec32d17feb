import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { SERVER_CONFIG } from '../config/config.module.js';
import type { ServerConfig } from '../config/server-config.js';
import type { DatabaseTarget } from './data-source-options.js';
import { EmbeddedPostgresHost } from './embedded-postgres.host.js';

/**
 * Where the database is: DATABASE_URL, or an embedded PostgreSQL started here. Its module sits below TypeORM and
 * the engine, so Nest shuts it down after them: the embedded cluster stops last.
 */
@Injectable()
export class DatabaseHost implements OnApplicationShutdown {
  private readonly logger = new Logger(DatabaseHost.name);

  private constructor(
    readonly target: DatabaseTarget,
    readonly embedded: EmbeddedPostgresHost | undefined,
  ) {}

  static async open(config: ServerConfig): Promise<DatabaseHost> {
    if (config.databaseUrl) {
      return new DatabaseHost({ url: config.databaseUrl, schema: config.databaseSchema }, undefined);
    }
    const embedded = await EmbeddedPostgresHost.start({ dataDir: config.dataDir, port: config.embeddedPostgresPort });
    return new DatabaseHost({ url: embedded.url, schema: config.databaseSchema }, embedded);
  }

  /** Host and database only: never log the password. */
  describe(): string {
    const url = new URL(this.target.url);
    return `${url.hostname}:${url.port || 5432}${url.pathname} (schema ${this.target.schema})`;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.embedded?.stop().catch((error: unknown) => this.logger.error(`stopping PostgreSQL failed: ${String(error)}`));
  }
}

export const DATABASE_HOST_PROVIDER = {
  provide: DatabaseHost,
  inject: [SERVER_CONFIG],
  useFactory: (config: ServerConfig) => DatabaseHost.open(config),
};

