import 'reflect-metadata';
import { IsIn, IsOptional, IsUrl, Matches } from 'class-validator';
import { POSTGRES_URL, SQL_IDENTIFIER } from './environment.util.js';

export const ENGINE_KINDS = ['embedded', 'zeebe'] as const;
export type EngineKind = (typeof ENGINE_KINDS)[number];

/** How to reach a Zeebe cluster; unset values take the adapter's defaults (the local broker of `npm run zeebe:start`). */
export interface ZeebeSettings {
  /** gRPC gateway, `host:port` or `grpc(s)://host:port`. */
  grpcAddress?: string;
  /** REST gateway (v2). */
  restAddress?: string;
  /** Where the history exporter writes; unset: the deployment's own database. */
  historyDatabaseUrl?: string;
  historySchema?: string;
  /** Shown by the broker as the jobs' worker. */
  workerName?: string;
  /** The cluster has multi-tenancy on: tenants are Zeebe tenants (otherwise `<default>` and a `tenantId` variable). */
  multiTenancy: boolean;
}

/** What every Duban process (API server, worker) needs to know to host the engine and share its database. */
export interface EngineSettings {
  engine: EngineKind;
  /** Schema of the server's tables; the engine and the workers use `<schema>_engine` and `<schema>_workers`. */
  databaseSchema: string;
  zeebe: ZeebeSettings;
}

const GRPC_ADDRESS = /^(grpcs?:\/\/)?[\w.-]+:\d{1,5}$/;
const grpcMessage = (name: string) => ({ message: `${name} must be host:port or grpc(s)://host:port` });

/** The engine's variables. The apps' environment classes extend this one, so both validate them alike. */
export class EngineEnvironment {
  @IsOptional() @IsIn(ENGINE_KINDS)
  DUBAN_ENGINE?: EngineKind;

  @IsOptional() @Matches(SQL_IDENTIFIER, { message: 'DUBAN_DB_SCHEMA must be a lower-case SQL identifier' })
  DUBAN_DB_SCHEMA?: string;

  @IsOptional() @Matches(GRPC_ADDRESS, grpcMessage('ZEEBE_ADDRESS'))
  ZEEBE_ADDRESS?: string;

  /** Wins over ZEEBE_ADDRESS (the SDK's own name). */
  @IsOptional() @Matches(GRPC_ADDRESS, grpcMessage('ZEEBE_GRPC_ADDRESS'))
  ZEEBE_GRPC_ADDRESS?: string;

  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] }, { message: 'ZEEBE_REST_ADDRESS must be an http(s) URL' })
  ZEEBE_REST_ADDRESS?: string;

  @IsOptional() @Matches(POSTGRES_URL, { message: 'ZEEBE_HISTORY_DATABASE_URL must look like postgres://user:password@host:port/database' })
  ZEEBE_HISTORY_DATABASE_URL?: string;

  @IsOptional() @Matches(SQL_IDENTIFIER, { message: 'ZEEBE_HISTORY_SCHEMA must be a lower-case SQL identifier' })
  ZEEBE_HISTORY_SCHEMA?: string;

  @IsOptional() @Matches(/^[\w.:-]{1,100}$/, { message: 'ZEEBE_WORKER_NAME must be up to 100 letters, digits, . : _ -' })
  ZEEBE_WORKER_NAME?: string;

  @IsOptional() @IsIn(['true', 'false'], { message: 'ZEEBE_MULTI_TENANCY must be true or false' })
  ZEEBE_MULTI_TENANCY?: 'true' | 'false';
}

export function engineSettingsOf(env: EngineEnvironment): EngineSettings {
  return {
    engine: env.DUBAN_ENGINE ?? 'embedded',
    databaseSchema: env.DUBAN_DB_SCHEMA ?? 'duban',
    zeebe: {
      grpcAddress: env.ZEEBE_GRPC_ADDRESS ?? env.ZEEBE_ADDRESS,
      restAddress: env.ZEEBE_REST_ADDRESS,
      historyDatabaseUrl: env.ZEEBE_HISTORY_DATABASE_URL,
      historySchema: env.ZEEBE_HISTORY_SCHEMA,
      workerName: env.ZEEBE_WORKER_NAME,
      multiTenancy: env.ZEEBE_MULTI_TENANCY === 'true',
    },
  };
}

/** The schemas of one deployment: the server's own, and the engine's and the workers' beside it. */
export function schemasOf(databaseSchema: string): { server: string; engine: string; workers: string } {
  return { server: databaseSchema, engine: `${databaseSchema}_engine`, workers: `${databaseSchema}_workers` };
}
