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
    });
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
});
