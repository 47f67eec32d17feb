import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { IsDefined, IsIn, IsOptional, IsString, Matches, validateSync } from 'class-validator';

export const ENGINE_KINDS = ['embedded', 'zeebe'] as const;
export type EngineKind = (typeof ENGINE_KINDS)[number];

export interface WorkerConfig {
  databaseUrl: string;
  engine: EngineKind;
}

class WorkerEnvironment {
  // class-validator runs the decorators bottom-up: "required" is reported before "malformed".
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must look like postgres://user:password@host:port/database' })
  @IsString()
  @IsDefined({ message: 'DATABASE_URL is required: the worker process shares the server database' })
  DATABASE_URL!: string;

  @IsOptional() @IsIn(ENGINE_KINDS)
  DUBAN_ENGINE?: EngineKind;
}

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置错误 / invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigurationError';
  }
}

/** Scale-out only: there is no embedded database here, so DATABASE_URL is required. */
export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const raw = plainToInstance(WorkerEnvironment, present);
  const errors = validateSync(raw, { forbidUnknownValues: false, stopAtFirstError: true });
  if (errors.length > 0) {
    throw new ConfigurationError(errors.flatMap((e) => Object.values(e.constraints ?? {})));
  }
  return { databaseUrl: raw.DATABASE_URL, engine: raw.DUBAN_ENGINE ?? 'embedded' };
}
