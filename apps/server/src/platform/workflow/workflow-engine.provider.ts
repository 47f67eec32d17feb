import { Logger } from '@nestjs/common';
import type { WorkflowEngine } from '@duban/workflow';
import type { ServerConfig } from '../config/server-config.js';
import type { DatabaseHost } from '../database/database-host.js';

export const WORKFLOW_ENGINE = Symbol('WORKFLOW_ENGINE');

type EngineFactory = (options: Record<string, unknown>) => Promise<WorkflowEngine> | WorkflowEngine;

/**
 * Creates the engine the configuration names. The engine libraries are loaded by name at run time so that the
 * server still boots while a library does not yet export its factory; in that case there is no engine (null)
 * and the features that need one answer 503.
 */
export async function createWorkflowEngine(config: ServerConfig, host: DatabaseHost): Promise<WorkflowEngine | null> {
  const logger = new Logger('WorkflowEngine');
  const [libraryName, factoryName] =
    config.engine === 'embedded' ? ['@duban/engine', 'createEmbeddedEngine'] : ['@duban/zeebe', 'createZeebeEngine'];
  const library = (await import(libraryName)) as Record<string, unknown>;
  const factory = library[factoryName] as EngineFactory | undefined;
  if (typeof factory !== 'function') {
    logger.warn(`${libraryName} does not export ${factoryName} yet: running without a workflow engine`);
    return null;
  }
  const engine = await factory({ connectionString: host.target.url });
  logger.log(`workflow engine: ${config.engine}`);
  return engine;
}
