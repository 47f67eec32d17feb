/** How the adapter reaches a Zeebe cluster. Everything has an environment variable; see README "Zeebe / scale-out". */
export interface ZeebeEngineOptions {
  /** gRPC gateway, `host:port` or `grpc://` / `grpcs://` URL. Env: ZEEBE_GRPC_ADDRESS, ZEEBE_ADDRESS. */
  grpcAddress: string;
  /** REST gateway (v2). Env: ZEEBE_REST_ADDRESS. */
  restAddress: string;
  /** Spring actuator of a broker whose clock is controlled (tests only). Env: ZEEBE_MANAGEMENT_URL. */
  managementUrl?: string;
  /** Where the history exporter writes (tools/zeebe/exporter). Env: ZEEBE_HISTORY_DATABASE_URL (else DATABASE_URL), ZEEBE_HISTORY_SCHEMA. */
  history: { connectionString: string; schema: string };
  /**
   * Passed to `@camunda8/sdk` as is: OAuth (ZEEBE_CLIENT_ID, ZEEBE_CLIENT_SECRET, CAMUNDA_OAUTH_URL,
   * ZEEBE_TOKEN_AUDIENCE, …), TLS, log levels. The SDK also reads them from the environment itself.
   */
  sdk?: Record<string, unknown>;
  /** Default worker name. */
  workerName?: string;
}

const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** Defaults are the local broker of `npm run zeebe:start`. */
export function zeebeOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): ZeebeEngineOptions {
  return {
    grpcAddress: env.ZEEBE_GRPC_ADDRESS ?? env.ZEEBE_ADDRESS ?? '127.0.0.1:26500',
    restAddress: env.ZEEBE_REST_ADDRESS ?? 'http://127.0.0.1:8088',
    managementUrl: env.ZEEBE_MANAGEMENT_URL ?? 'http://127.0.0.1:9600',
    history: {
      connectionString: env.ZEEBE_HISTORY_DATABASE_URL ?? env.DATABASE_URL ?? DEFAULT_DATABASE_URL,
      schema: env.ZEEBE_HISTORY_SCHEMA ?? 'zeebe_history',
    },
    workerName: env.ZEEBE_WORKER_NAME,
  };
}

/** `DUBAN_ENGINE=embedded|zeebe`; embedded when unset. */
export function selectedEngine(env: NodeJS.ProcessEnv = process.env): 'embedded' | 'zeebe' {
  const value = (env.DUBAN_ENGINE ?? 'embedded').trim().toLowerCase();
  if (value !== 'embedded' && value !== 'zeebe') {
    throw new Error(`DUBAN_ENGINE must be "embedded" or "zeebe", got "${env.DUBAN_ENGINE}"`);
  }
  return value;
}

/** SDK configuration: plain-text gRPC and no auth unless the environment asks for OAuth or TLS. */
export function sdkConfiguration(options: ZeebeEngineOptions, env: NodeJS.ProcessEnv = process.env): Record<string, unknown> {
  const oauth = Boolean(env.ZEEBE_CLIENT_ID || env.CAMUNDA_OAUTH_URL);
  const hasScheme = /^grpcs?:\/\//.test(options.grpcAddress);
  const secure = env.CAMUNDA_SECURE_CONNECTION === 'true' || (oauth && env.CAMUNDA_SECURE_CONNECTION !== 'false');
  return {
    ZEEBE_GRPC_ADDRESS: hasScheme ? options.grpcAddress : `${secure ? 'grpcs' : 'grpc'}://${options.grpcAddress}`,
    ZEEBE_REST_ADDRESS: options.restAddress,
    CAMUNDA_AUTH_STRATEGY: env.CAMUNDA_AUTH_STRATEGY ?? (oauth ? 'OAUTH' : 'NONE'),
    CAMUNDA_OAUTH_DISABLED: !oauth,
    ZEEBE_CLIENT_LOG_LEVEL: env.ZEEBE_CLIENT_LOG_LEVEL ?? 'NONE',
    CAMUNDA_LOG_LEVEL: env.CAMUNDA_LOG_LEVEL ?? 'error',
    ...options.sdk,
  };
}
