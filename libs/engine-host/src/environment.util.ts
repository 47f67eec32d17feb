import 'reflect-metadata';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync } from 'class-validator';

/** A process refuses to start on a bad variable; the message names every one that is wrong. */
export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置错误 / invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigurationError';
  }
}

/** `postgres://user:password@host:port/database` */
export const POSTGRES_URL = /^postgres(ql)?:\/\/\S+$/;
/** A lower-case SQL identifier, as schema names are. */
export const SQL_IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** Secrets are never echoed back in error messages. */
const shown = (name: string, value: string | undefined) => (/PASSWORD|SECRET|DATABASE_URL/.test(name) ? '…' : JSON.stringify(value));

export interface ReadEnvironmentOptions {
  /** Only the first problem of each variable (class-validator checks a property's decorators bottom-up). */
  firstProblemOnly?: boolean;
}

/**
 * The variables as an instance of `type` (class-validator decorators), validated once at boot. An empty variable
 * counts as unset, as shells and compose files often write them.
 */
export function readEnvironment<T extends object>(type: ClassConstructor<T>, env: NodeJS.ProcessEnv, options: ReadEnvironmentOptions = {}): T {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const raw = plainToInstance(type, present);
  const errors = validateSync(raw, { forbidUnknownValues: false, stopAtFirstError: options.firstProblemOnly ?? false });
  if (errors.length > 0) {
    throw new ConfigurationError(
      errors.flatMap((e) =>
        Object.values(e.constraints ?? {}).map((message) =>
          present[e.property] === undefined ? message : `${message} (got ${shown(e.property, present[e.property])})`,
        ),
      ),
    );
  }
  return raw;
}
