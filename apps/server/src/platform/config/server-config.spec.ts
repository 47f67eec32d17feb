import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, loadServerConfig } from './server-config.js';

describe('loadServerConfig', () => {
  it('defaults to the embedded database and engine under ./.data', () => {
    const config = loadServerConfig({}, '/srv/duban');
    expect(config).toEqual({
      port: 3000,
      databaseUrl: undefined,
      databaseSchema: 'duban',
      dataDir: path.resolve('/srv/duban/.data'),
      embeddedPostgresPort: 54329,
      engine: 'embedded',
      zeebe: { multiTenancy: false },
      workers: true,
      inboxLeaseMs: undefined,
      secureCookies: false,
      processesDir: path.resolve('/srv/duban/processes'),
      seedOnStart: true,
      demoPassword: undefined,
      trustProxy: 'loopback',
      oidc: undefined,
    });
  });

  it('reads every variable', () => {
    const config = loadServerConfig(
      {
        PORT: '8080',
        DATABASE_URL: 'postgres://u:p@db:5432/duban',
        DUBAN_DB_SCHEMA: 'county',
        DUBAN_DATA_DIR: '/var/lib/duban',
        DUBAN_PG_PORT: '6543',
        DUBAN_ENGINE: 'zeebe',
        DUBAN_SECURE_COOKIES: 'true',
        DUBAN_TRUST_PROXY: '1',
        DUBAN_WORKERS: 'off',
        DUBAN_INBOX_LEASE_MS: '5000',
        ZEEBE_ADDRESS: 'zeebe-gateway:26500',
        ZEEBE_REST_ADDRESS: 'http://zeebe-gateway:8080',
        ZEEBE_HISTORY_DATABASE_URL: 'postgres://h:p@history:5432/zeebe',
        ZEEBE_HISTORY_SCHEMA: 'zeebe_history',
        ZEEBE_WORKER_NAME: 'duban-api-1',
        ZEEBE_MULTI_TENANCY: 'true',
      },
      '/srv',
    );
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://u:p@db:5432/duban',
      databaseSchema: 'county',
      dataDir: '/var/lib/duban',
      embeddedPostgresPort: 6543,
      engine: 'zeebe',
      secureCookies: true,
      trustProxy: 1,
      workers: false,
      inboxLeaseMs: 5000,
      zeebe: {
        grpcAddress: 'zeebe-gateway:26500',
        restAddress: 'http://zeebe-gateway:8080',
        historyDatabaseUrl: 'postgres://h:p@history:5432/zeebe',
        historySchema: 'zeebe_history',
        workerName: 'duban-api-1',
        multiTenancy: true,
      },
    });
    expect(loadServerConfig({ ZEEBE_ADDRESS: 'a:1', ZEEBE_GRPC_ADDRESS: 'grpcs://b:443' }).zeebe.grpcAddress).toBe('grpcs://b:443');
    expect(loadServerConfig({ DUBAN_WORKERS: 'on' }).workers).toBe(true);
    expect(loadServerConfig({ DUBAN_TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
    expect(loadServerConfig({ DUBAN_TRUST_PROXY: 'false' }).trustProxy).toBe(false);
  });

  it('reads the optional OIDC settings and requires the client id and callback with an issuer', () => {
    const oidc = loadServerConfig({
      OIDC_ISSUER: 'https://sso.example.org/realms/county',
      OIDC_CLIENT_ID: 'duban',
      OIDC_REDIRECT_URI: 'https://duban.example.org/api/auth/oidc/callback',
    }).oidc;
    expect(oidc).toMatchObject({ clientId: 'duban', usernameClaim: 'preferred_username', scope: 'openid profile', allowInsecure: false });
    expect(() => loadServerConfig({ OIDC_ISSUER: 'https://sso.example.org' })).toThrow(/OIDC_CLIENT_ID is required[\s\S]*OIDC_REDIRECT_URI/);
  });

  it('treats empty variables as unset', () => {
    expect(loadServerConfig({ PORT: '', DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });

  it('names every bad variable in one error', () => {
    let error: unknown;
    try {
      loadServerConfig({ PORT: 'eighty', DUBAN_ENGINE: 'camunda7', DATABASE_URL: 'mysql://x', DUBAN_DB_SCHEMA: 'Drop Table' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const { problems, message } = error as ConfigurationError;
    expect(problems.some((p) => p.startsWith('PORT must be an integer') && p.includes('"eighty"'))).toBe(true);
    expect(problems.find((p) => p.startsWith('DATABASE_URL'))).not.toContain('mysql');
    expect(problems.some((p) => p.startsWith('DUBAN_ENGINE must be one of'))).toBe(true);
    expect(problems.some((p) => p.startsWith('DATABASE_URL must look like'))).toBe(true);
    expect(problems.some((p) => p.startsWith('DUBAN_DB_SCHEMA must be'))).toBe(true);
    expect(message).toContain('invalid configuration');
  });

  it('refuses bad worker, inbox and Zeebe settings at boot, naming each', () => {
    const problems = (env: NodeJS.ProcessEnv) => {
      try {
        loadServerConfig(env);
      } catch (e) {
        return (e as ConfigurationError).problems;
      }
      throw new Error('accepted');
    };
    expect(problems({ DUBAN_WORKERS: 'no' })).toEqual(['DUBAN_WORKERS must be on or off (got "no")']);
    expect(problems({ DUBAN_INBOX_LEASE_MS: '1s' }).some((p) => p.startsWith('DUBAN_INBOX_LEASE_MS must be a whole number'))).toBe(true);
    expect(problems({ DUBAN_INBOX_LEASE_MS: '10' })).toEqual(['DUBAN_INBOX_LEASE_MS must be at least 1000 (got "10")']);
    expect(problems({ ZEEBE_MULTI_TENANCY: 'yes' })).toEqual(['ZEEBE_MULTI_TENANCY must be true or false (got "yes")']);
    expect(problems({ ZEEBE_ADDRESS: 'http://gateway' })).toEqual(['ZEEBE_ADDRESS must be host:port or grpc(s)://host:port (got "http://gateway")']);
    expect(problems({ ZEEBE_REST_ADDRESS: 'gateway:8080' })[0]).toMatch(/^ZEEBE_REST_ADDRESS must be an http\(s\) URL/);
    const history = problems({ ZEEBE_HISTORY_DATABASE_URL: 'mysql://secret@x' });
    expect(history).toEqual(['ZEEBE_HISTORY_DATABASE_URL must look like postgres://user:password@host:port/database (got …)']);
    expect(problems({ ZEEBE_HISTORY_SCHEMA: 'Zeebe History' })[0]).toMatch(/^ZEEBE_HISTORY_SCHEMA must be a lower-case SQL identifier/);
  });
});
