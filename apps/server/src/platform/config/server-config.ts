import 'reflect-metadata';
import path from 'node:path';
import { EngineEnvironment, engineSettingsOf, POSTGRES_URL, readEnvironment, type EngineSettings } from '@duban/engine-host';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, ValidateIf } from 'class-validator';

export { ConfigurationError, ENGINE_KINDS, type EngineKind } from '@duban/engine-host';

/**
 * Everything the server reads from the environment, validated once at boot. From EngineSettings (shared with
 * apps/worker): `engine`, `databaseSchema` (PostgreSQL schema of the server's tables, `search_path`), `zeebe`.
 */
export interface ServerConfig extends EngineSettings {
  port: number;
  /** Unset: an embedded PostgreSQL is started under `<dataDir>/postgres`. */
  databaseUrl?: string;
  dataDir: string;
  embeddedPostgresPort: number;
  /** false (DUBAN_WORKERS=off): an API-only process; apps/worker replicas run the generic workers. */
  workers: boolean;
  /** Zeebe: how long the inbox leases user-task jobs (default: the reconciler's, 60 s); shorter notices removals sooner. */
  inboxLeaseMs?: number;
  /** Send cookies with `Secure` (set behind HTTPS). */
  secureCookies: boolean;
  /** Tenant folders (`<dir>/<tenant>/tenant.json`, `organisation.json`, BPMN, forms). */
  processesDir: string;
  /** Create what the tenant folders describe and the database lacks, at every start. */
  seedOnStart: boolean;
  /** Password of the demo accounts created by seeding; random (and printed) when unset. */
  demoPassword?: string;
  /** Express `trust proxy`: which proxies' X-Forwarded-For to believe (client address for the login rate limit). */
  trustProxy: boolean | number | string;
  /** Optional single sign-on; local accounts keep working beside it. */
  oidc?: OidcConfig;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret?: string;
  /** Must be this server's `/api/auth/oidc/callback`, as registered at the provider. */
  redirectUri: string;
  /** The claim holding the Duban username; the account must exist (administrators create them). */
  usernameClaim: string;
  scope: string;
  /** http:// issuers (development and tests only). */
  allowInsecure: boolean;
}

/** The raw variables; class-validator gives messages that name the variable. The engine's come from EngineEnvironment. */
class ServerEnvironment extends EngineEnvironment {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(65535)
  PORT?: number;

  @IsOptional() @IsString()
  @Matches(POSTGRES_URL, { message: 'DATABASE_URL must look like postgres://user:password@host:port/database' })
  DATABASE_URL?: string;

  @IsOptional() @IsString()
  DUBAN_DATA_DIR?: string;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1024) @Max(65535)
  DUBAN_PG_PORT?: number;

  @IsOptional() @IsIn(['on', 'off'], { message: 'DUBAN_WORKERS must be on or off' })
  DUBAN_WORKERS?: 'on' | 'off';

  @IsOptional() @Type(() => Number)
  @IsInt({ message: 'DUBAN_INBOX_LEASE_MS must be a whole number of milliseconds' })
  @Min(1000, { message: 'DUBAN_INBOX_LEASE_MS must be at least 1000' })
  @Max(86_400_000, { message: 'DUBAN_INBOX_LEASE_MS must be at most 86400000 (a day)' })
  DUBAN_INBOX_LEASE_MS?: number;

  @IsOptional() @IsIn(['true', 'false'])
  DUBAN_SECURE_COOKIES?: 'true' | 'false';

  @IsOptional() @IsString()
  DUBAN_PROCESSES_DIR?: string;

  @IsOptional() @IsIn(['true', 'false'])
  DUBAN_SEED?: 'true' | 'false';

  @IsOptional() @IsString() @MinLength(10, { message: 'DUBAN_DEMO_PASSWORD must be at least 10 characters' })
  DUBAN_DEMO_PASSWORD?: string;

  @IsOptional() @IsString()
  @Matches(/^(true|false|\d{1,2}|[\w.:/]+(\s*,\s*[\w.:/]+)*)$/, {
    message: 'DUBAN_TRUST_PROXY must be true, false, a hop count, or a comma-separated list of addresses/subnets/loopback',
  })
  DUBAN_TRUST_PROXY?: string;

  @IsOptional() @IsUrl({ require_tld: false, protocols: ['http', 'https'] }, { message: 'OIDC_ISSUER must be the issuer URL' })
  OIDC_ISSUER?: string;

  @ValidateIf((env: ServerEnvironment) => env.OIDC_ISSUER !== undefined)
  @IsString({ message: 'OIDC_CLIENT_ID is required with OIDC_ISSUER' })
  OIDC_CLIENT_ID?: string;

  @IsOptional() @IsString()
  OIDC_CLIENT_SECRET?: string;

  @ValidateIf((env: ServerEnvironment) => env.OIDC_ISSUER !== undefined)
  @Matches(/^https?:\/\/\S+\/api\/auth\/oidc\/callback$/, { message: 'OIDC_REDIRECT_URI must be this server\'s …/api/auth/oidc/callback' })
  OIDC_REDIRECT_URI?: string;

  @IsOptional() @Matches(/^[\w:.-]{1,100}$/)
  OIDC_USERNAME_CLAIM?: string;

  @IsOptional() @Matches(/^[\w:. -]{1,300}$/)
  OIDC_SCOPE?: string;

  @IsOptional() @IsIn(['true', 'false'])
  OIDC_ALLOW_INSECURE?: 'true' | 'false';
}

function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined) return 'loopback';
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

export function loadServerConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ServerConfig {
  const raw = readEnvironment(ServerEnvironment, env);
  return {
    ...engineSettingsOf(raw),
    port: raw.PORT ?? 3000,
    databaseUrl: raw.DATABASE_URL,
    dataDir: path.resolve(cwd, raw.DUBAN_DATA_DIR ?? '.data'),
    embeddedPostgresPort: raw.DUBAN_PG_PORT ?? 54329,
    workers: raw.DUBAN_WORKERS !== 'off',
    inboxLeaseMs: raw.DUBAN_INBOX_LEASE_MS,
    secureCookies: raw.DUBAN_SECURE_COOKIES === 'true',
    processesDir: path.resolve(cwd, raw.DUBAN_PROCESSES_DIR ?? 'processes'),
    seedOnStart: raw.DUBAN_SEED !== 'false',
    demoPassword: raw.DUBAN_DEMO_PASSWORD,
    trustProxy: parseTrustProxy(raw.DUBAN_TRUST_PROXY),
    oidc: raw.OIDC_ISSUER
      ? {
          issuer: raw.OIDC_ISSUER,
          clientId: raw.OIDC_CLIENT_ID!,
          clientSecret: raw.OIDC_CLIENT_SECRET,
          redirectUri: raw.OIDC_REDIRECT_URI!,
          usernameClaim: raw.OIDC_USERNAME_CLAIM ?? 'preferred_username',
          scope: raw.OIDC_SCOPE ?? 'openid profile',
          allowInsecure: raw.OIDC_ALLOW_INSECURE === 'true',
        }
      : undefined,
  };
}
