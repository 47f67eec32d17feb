import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { freePort } from './free-port';
import { startProcess, type RunningProcess } from './server-process';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    demoPassword: string;
    screenshotDir: string;
  }
}

const REPO = fileURLToPath(new URL('../../../..', import.meta.url));
const DEMO_PASSWORD = 'e2e-demo-password-2026';

/**
 * Starts the built server (`apps/server/dist`) on a free port against a schema of its own, so the first-start
 * seeding runs on an empty database; the schema and the engine's sibling schema are dropped afterwards.
 */
export default async function setup(project: TestProject) {
  const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `t_e2e_web_${randomBytes(4).toString('hex')}`;
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'duban-e2e-'));
  const logDir = path.join(REPO, 'tmp/e2e');
  const screenshotDir = path.join(logDir, 'screens');
  await mkdir(screenshotDir, { recursive: true });

  const port = await freePort();
  const processes: RunningProcess[] = [];
  const teardown = async () => {
    for (const p of processes.reverse()) await p.stop();
    await dropSchemas(databaseUrl, schema);
  };
  try {
    const server = await startProcess({
      name: 'server',
      command: process.execPath,
      args: ['apps/server/dist/main.js'],
      cwd: REPO,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        DUBAN_DB_SCHEMA: schema,
        DUBAN_DATA_DIR: dataDir,
        DUBAN_DEMO_PASSWORD: DEMO_PASSWORD,
        DUBAN_SEED: 'true',
      },
      url: `http://127.0.0.1:${port}`,
      readyPath: '/api/health',
      logDir,
    });
    processes.push(server);

    // Production shape: the server serves apps/web/dist. Until it does, Vite's preview server serves the same
    // built files and proxies /api to the server, so the browser still meets the real API.
    let baseURL = server.url;
    if (!(await servesWebApp(server.url))) {
      const previewPort = await freePort();
      const preview = await startProcess({
        name: 'web-preview',
        command: process.execPath,
        args: [viteBin(), 'preview', '--port', String(previewPort), '--strictPort', '--host', '127.0.0.1'],
        cwd: path.join(REPO, 'apps/web'),
        env: { ...process.env, DUBAN_API_URL: server.url },
        url: `http://127.0.0.1:${previewPort}`,
        readyPath: '/',
        logDir,
      });
      processes.push(preview);
      baseURL = preview.url;
      console.warn(`[e2e] the server does not serve apps/web/dist yet; using vite preview at ${baseURL}`);
    }
    project.provide('baseURL', baseURL);
    project.provide('demoPassword', DEMO_PASSWORD);
    project.provide('screenshotDir', screenshotDir);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}

async function servesWebApp(url: string): Promise<boolean> {
  const response = await fetch(`${url}/inbox`).catch(() => null);
  return !!response?.ok && (response.headers.get('content-type') ?? '').includes('text/html');
}

function viteBin(): string {
  return path.join(REPO, 'apps/web/node_modules/vite/bin/vite.js');
}

/** Only this run's schemas: the exact name and the engine's `<name>_…` siblings. */
async function dropSchemas(databaseUrl: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ nspname: string }>(
      `SELECT nspname FROM pg_namespace WHERE nspname = $1 OR nspname LIKE $2`,
      [schema, `${schema}\\_%`],
    );
    for (const { nspname } of rows) await client.query(`DROP SCHEMA "${nspname}" CASCADE`);
  } finally {
    await client.end();
  }
}
