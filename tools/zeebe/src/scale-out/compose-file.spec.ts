import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../zeebe-version.js';
import { dockerfileStages, findComposeCli, isRootUser, resolveCompose } from './compose-config.js';

const composeFile = join(repoRoot, 'docker/compose.yaml');
const cli = findComposeCli();
const reason = cli ? undefined : 'no compose client (docker compose or docker-compose) on this machine';
if (reason && process.env.CI === 'true') throw new Error(`CI=true needs a compose client to validate docker/compose.yaml: ${reason}`);
if (reason) console.warn(`[skipped] compose validation: ${reason}`);

describe.skipIf(!cli)('docker/compose.yaml, validated by the compose client', () => {
  const config = cli ? resolveCompose(cli, composeFile, { ...process.env, POSTGRES_PASSWORD: 'secret-from-env' }) : undefined!;

  it('describes the scale-out shape: 3 brokers, a gateway, PostgreSQL, 2 servers, 2 workers, the web app', () => {
    expect(Object.keys(config.services).sort()).toEqual(
      ['postgres', 'server', 'web', 'worker', 'zeebe-0', 'zeebe-1', 'zeebe-2', 'zeebe-gateway'].sort(),
    );
    expect(config.services.server.deploy?.replicas).toBe(2);
    expect(config.services.worker.deploy?.replicas).toBe(2);
    expect(config.services.web.ports).toHaveLength(1);
  });

  it('forms one cluster of 3 brokers with 3 partitions and replication factor 3', () => {
    const brokers = ['zeebe-0', 'zeebe-1', 'zeebe-2'].map((name) => config.services[name].environment ?? {});
    expect(brokers.map((env) => env.ZEEBE_BROKER_CLUSTER_NODEID)).toEqual(['0', '1', '2']);
    for (const env of brokers) {
      expect(env).toMatchObject({
        ZEEBE_BROKER_CLUSTER_CLUSTERSIZE: '3',
        ZEEBE_BROKER_CLUSTER_PARTITIONSCOUNT: '3',
        ZEEBE_BROKER_CLUSTER_REPLICATIONFACTOR: '3',
        ZEEBE_BROKER_CLUSTER_INITIALCONTACTPOINTS: 'zeebe-0:26502,zeebe-1:26502,zeebe-2:26502',
      });
      expect(env.ZEEBE_BROKER_EXPORTERS_DUBANHISTORY_ARGS_URL).toContain('password=secret-from-env');
    }
    expect(config.services['zeebe-0'].build?.dockerfile).toBe('docker/zeebe.Dockerfile');
  });

  it('runs servers and workers on Zeebe against the shared PostgreSQL, secrets from the environment', () => {
    for (const name of ['server', 'worker']) {
      expect(config.services[name].environment).toMatchObject({
        DUBAN_ENGINE: 'zeebe',
        ZEEBE_ADDRESS: 'zeebe-gateway:26500',
        DATABASE_URL: 'postgres://duban:secret-from-env@postgres:5432/duban',
      });
    }
  });

  it('rejects a broken compose file (the check has teeth)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duban-compose-'));
    const broken = join(dir, 'compose.yaml');
    writeFileSync(broken, 'services:\n  server:\n    image: duban/server\n    deploy:\n      replicas: two\n');
    expect(() => resolveCompose(cli!, broken)).toThrow(/rejected/);
  });
});

describe('docker/*.Dockerfile', () => {
  it.each(['server', 'worker', 'web', 'zeebe'])('%s is multi-stage and its image runs as a non-root user', (name) => {
    const { stages, finalUser } = dockerfileStages(readFileSync(join(repoRoot, `docker/${name}.Dockerfile`), 'utf8'));
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(finalUser).toBeDefined();
    expect(isRootUser(finalUser)).toBe(false);
  });

  it('zeebe.Dockerfile builds on the official camunda/zeebe image', () => {
    const { stages } = dockerfileStages(readFileSync(join(repoRoot, 'docker/zeebe.Dockerfile'), 'utf8'));
    expect(stages[stages.length - 1]).toMatch(/^camunda\/zeebe:8\.6\.0\b/);
  });

  it('tells a root user from others', () => {
    expect(isRootUser(undefined)).toBe(true);
    expect(isRootUser('root')).toBe(true);
    expect(isRootUser('0:0')).toBe(true);
    expect(isRootUser('node')).toBe(false);
    expect(isRootUser('1001:1001')).toBe(false);
  });
});
