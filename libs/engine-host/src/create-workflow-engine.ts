import type { ZeebeEngineOptions } from '@duban/zeebe';
import type { WorkflowEngine } from '@duban/workflow';
import type { EngineKind, ZeebeSettings } from './engine-settings.js';
import { createPgPool, type HostLogger } from './pg-pool.util.js';

export interface WorkflowEngineConfig {
  engine: EngineKind;
  /** The deployment's database: the embedded engine's tables, and Zeebe's exported history unless named apart. */
  databaseUrl: string;
  /** Embedded: the schema the engine owns (`schemasOf(databaseSchema).engine`). */
  schema: string;
  zeebe?: ZeebeSettings;
  logger?: HostLogger;
}

/** The engine and what has to be closed with it. */
export interface HostedWorkflowEngine {
  readonly engine: WorkflowEngine;
  /** Workers drain first, then the connections go. */
  close(): Promise<void>;
}

/**
 * The engine the configuration names, for apps/server and apps/worker alike. Each engine's package is loaded only
 * when chosen (the Zeebe SDK is heavy; the embedded engine brings its parsers).
 * Embedded: the engine migrates its schema and runs on a pool of its own.
 */
export async function createWorkflowEngineFromConfig(config: WorkflowEngineConfig): Promise<HostedWorkflowEngine> {
  const logger = config.logger ?? console;
  if (config.engine === 'zeebe') {
    const { createZeebeEngine, zeebeOptionsFromEnv } = await import('@duban/zeebe');
    const options = zeebeEngineOptions(zeebeOptionsFromEnv({}), config.zeebe, config.databaseUrl);
    logger.log(`流程引擎 / workflow engine: Zeebe at ${options.grpcAddress}`);
    const engine = createZeebeEngine(options);
    return { engine, close: () => engine.close() };
  }
  const { createEmbeddedEngine } = await import('@duban/engine');
  // Named by schema, so pg_stat_activity tells the deployments on one server apart.
  const pool = createPgPool({ connectionString: config.databaseUrl, max: 10, applicationName: `duban-engine:${config.schema}`, logger });
  try {
    const engine = await createEmbeddedEngine({
      pool,
      schema: config.schema,
      onError: (error) => logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error)),
    });
    logger.log(`流程引擎 / workflow engine: embedded (schema ${config.schema})`);
    return {
      engine,
      close: async () => {
        await engine.close();
        await pool.end();
      },
    };
  } catch (error) {
    await pool.end();
    throw error;
  }
}

/**
 * The adapter's options from the validated settings over its defaults — never from the process environment, so
 * what was validated is what runs. No management URL: moving the broker's clock is for tests only.
 */
export function zeebeEngineOptions(defaults: ZeebeEngineOptions, settings: ZeebeSettings | undefined, databaseUrl: string): ZeebeEngineOptions {
  return {
    ...defaults,
    grpcAddress: settings?.grpcAddress ?? defaults.grpcAddress,
    restAddress: settings?.restAddress ?? defaults.restAddress,
    managementUrl: undefined,
    history: {
      connectionString: settings?.historyDatabaseUrl ?? databaseUrl,
      schema: settings?.historySchema ?? defaults.history.schema,
    },
    workerName: settings?.workerName ?? defaults.workerName,
  };
}
