import { Logger } from '@nestjs/common';
import type { WorkflowEngine } from '@duban/workflow';
import pg from 'pg';
import type { ServerConfig } from '../config/server-config.js';
import type { DatabaseHost } from '../database/database-host.js';

export const WORKFLOW_ENGINE = Symbol('WORKFLOW_ENGINE');

/** The engine the configuration names, and what has to be closed with it. */
export class WorkflowEngineHost {
  private constructor(
    readonly engine: WorkflowEngine,
    private readonly pool?: pg.Pool,
  ) {}

  /**
   * Embedded: the engine runs on the server's database in its own schema (`<schema>_engine`), on a pool this
   * host owns — with an error listener, so a database restart is logged instead of crashing the process.
   * Zeebe: the adapter is loaded only when chosen (its SDK is heavy); addresses come from ZEEBE_* variables.
   */
  static async create(config: ServerConfig, host: DatabaseHost): Promise<WorkflowEngineHost> {
    const logger = new Logger('WorkflowEngine');
    if (config.engine === 'zeebe') {
      const { createZeebeEngine, zeebeOptionsFromEnv } = await import('@duban/zeebe');
      const options = zeebeOptionsFromEnv();
      const history = { ...options.history, connectionString: process.env.ZEEBE_HISTORY_DATABASE_URL ?? host.target.url };
      logger.log(`workflow engine: Zeebe at ${options.grpcAddress}`);
      return new WorkflowEngineHost(createZeebeEngine({ ...options, history }));
    }
    const { createEmbeddedEngine } = await import('@duban/engine');
    const pool = new pg.Pool({ connectionString: host.target.url, max: 10, application_name: 'duban-engine' });
    pool.on('error', (error) => logger.warn(`database connection lost: ${error.message}`));
    try {
      const engine = await createEmbeddedEngine({
        pool,
        schema: `${host.target.schema}_engine`,
        onError: (error) => logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error)),
      });
      logger.log(`workflow engine: embedded (schema ${host.target.schema}_engine)`);
      return new WorkflowEngineHost(engine, pool);
    } catch (error) {
      await pool.end();
      throw error;
    }
  }

  /** Workers drain first, then the connections go. */
  async close(): Promise<void> {
    await this.engine.close();
    await this.pool?.end();
  }
}
