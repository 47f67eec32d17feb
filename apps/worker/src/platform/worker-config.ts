import 'reflect-metadata';
import path from 'node:path';
import { EngineEnvironment, engineSettingsOf, POSTGRES_URL, readEnvironment, type EngineSettings } from '@duban/engine-host';
import { IsDefined, IsOptional, IsString, Matches } from 'class-validator';

export { ConfigurationError, ENGINE_KINDS, type EngineKind } from '@duban/engine-host';

/**
 * What the worker process reads from the environment, validated once at boot. From EngineSettings (shared with
 * apps/server, so both name the same schemas): `engine`, `databaseSchema`, `zeebe`.
 */
export interface WorkerConfig extends EngineSettings {
  databaseUrl: string;
  /** Tenant folders (`<dir>/<tenant>/organisation.json`, `tenant.json`, `calendar.json`) the workers read. */
  processesDir: string;
}

class WorkerEnvironment extends EngineEnvironment {
  // class-validator runs the decorators bottom-up: "required" is reported before "malformed".
  @Matches(POSTGRES_URL, { message: 'DATABASE_URL must look like postgres://user:password@host:port/database' })
  @IsString()
  @IsDefined({ message: 'DATABASE_URL is required: the worker process shares the server database' })
  DATABASE_URL!: string;

  @IsOptional() @IsString()
  DUBAN_PROCESSES_DIR?: string;
}

/** Scale-out only: there is no embedded database here, so DATABASE_URL is required. */
export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): WorkerConfig {
  const raw = readEnvironment(WorkerEnvironment, env, { firstProblemOnly: true });
  return {
    ...engineSettingsOf(raw),
    databaseUrl: raw.DATABASE_URL,
    processesDir: path.resolve(cwd, raw.DUBAN_PROCESSES_DIR ?? 'processes'),
  };
}
