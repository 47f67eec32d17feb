import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { EXPORTER_CLASS, findJavaHome } from './zeebe-version.js';

export interface BrokerPorts {
  /** gRPC gateway (clients). */
  gateway: number;
  command: number;
  internal: number;
  /** REST gateway (/v2). */
  rest: number;
  /** Spring actuator: health, /actuator/clock. */
  management: number;
}

export interface BrokerNodeOptions {
  distributionDir: string;
  /** Folder for data, log and pid file; wiped before start (data is throw-away). */
  runDir: string;
  nodeId: number;
  ports: BrokerPorts;
  cluster?: { size: number; partitions: number; replicationFactor: number; contactPoints: string[] };
  history?: { jdbcUrl: string; schema: string; exporterJar: string };
  controlledClock?: boolean;
  /** Heap; RocksDB and network buffers come on top. */
  heap?: string;
  threads?: { cpu: number; io: number };
  /** Appended to JAVA_OPTS (a later -XX flag wins over an earlier one). */
  extraJavaOptions?: string;
}

/** Environment for one broker with embedded gateway, bound to 127.0.0.1, small on disk and memory. */
export function brokerEnvironment(options: BrokerNodeOptions): NodeJS.ProcessEnv {
  const { ports, cluster, history } = options;
  const env: NodeJS.ProcessEnv = {
    JAVA_HOME: findJavaHome(),
    JAVA_OPTS: `-Xms128m -Xmx${options.heap ?? '512m'} --enable-native-access=ALL-UNNAMED ${options.extraJavaOptions ?? ''}`.trim(),
    ZEEBE_LOG_LEVEL: 'info',
    ZEEBE_BROKER_CLUSTER_NODEID: String(options.nodeId),
    ZEEBE_BROKER_CLUSTER_CLUSTERSIZE: String(cluster?.size ?? 1),
    ZEEBE_BROKER_CLUSTER_PARTITIONSCOUNT: String(cluster?.partitions ?? 1),
    ZEEBE_BROKER_CLUSTER_REPLICATIONFACTOR: String(cluster?.replicationFactor ?? 1),
    ZEEBE_BROKER_CLUSTER_INITIALCONTACTPOINTS: (cluster?.contactPoints ?? []).join(','),
    ZEEBE_BROKER_NETWORK_HOST: '127.0.0.1',
    ZEEBE_BROKER_NETWORK_ADVERTISEDHOST: '127.0.0.1',
    ZEEBE_BROKER_NETWORK_COMMANDAPI_PORT: String(ports.command),
    ZEEBE_BROKER_NETWORK_INTERNALAPI_PORT: String(ports.internal),
    ZEEBE_BROKER_GATEWAY_ENABLE: 'true',
    ZEEBE_BROKER_GATEWAY_NETWORK_HOST: '127.0.0.1',
    ZEEBE_BROKER_GATEWAY_NETWORK_PORT: String(ports.gateway),
    SERVER_ADDRESS: '127.0.0.1',
    SERVER_PORT: String(ports.rest),
    MANAGEMENT_SERVER_ADDRESS: '127.0.0.1',
    MANAGEMENT_SERVER_PORT: String(ports.management),
    ZEEBE_BROKER_DATA_DIRECTORY: join(options.runDir, 'data'),
    // Small preallocated segments and low free-space floors: this is a test broker on a shared disk.
    ZEEBE_BROKER_DATA_LOGSEGMENTSIZE: '16MB',
    ZEEBE_BROKER_DATA_DISK_FREESPACE_PROCESSING: '512MB',
    ZEEBE_BROKER_DATA_DISK_FREESPACE_REPLICATION: '256MB',
    ZEEBE_BROKER_EXPERIMENTAL_ROCKSDB_MEMORYLIMIT: '64MB',
    ZEEBE_BROKER_THREADS_CPUTHREADCOUNT: String(options.threads?.cpu ?? 2),
    ZEEBE_BROKER_THREADS_IOTHREADCOUNT: String(options.threads?.io ?? 2),
    ZEEBE_CLOCK_CONTROLLED: String(options.controlledClock ?? true),
  };
  if (options.controlledClock ?? true) {
    // Tests move the engine clock (/v2/clock); what fell due is found at this interval of real time (default 1 s).
    env.ZEEBE_BROKER_PROCESSING_SCHEDULEDTASKCHECKINTERVAL = '100ms';
  }
  if (history) {
    env.ZEEBE_BROKER_EXPORTERS_DUBANHISTORY_CLASSNAME = EXPORTER_CLASS;
    env.ZEEBE_BROKER_EXPORTERS_DUBANHISTORY_JARPATH = history.exporterJar;
    env.ZEEBE_BROKER_EXPORTERS_DUBANHISTORY_ARGS_URL = history.jdbcUrl;
    env.ZEEBE_BROKER_EXPORTERS_DUBANHISTORY_ARGS_SCHEMA = history.schema;
  }
  return env;
}

/** Starts the broker detached (it outlives this process) and records its pid; returns the pid. */
export function startBrokerNode(options: BrokerNodeOptions): number {
  rmSync(options.runDir, { recursive: true, force: true });
  mkdirSync(join(options.runDir, 'data'), { recursive: true });
  const log = openSync(logFile(options.runDir), 'a');
  const child = spawn(join(options.distributionDir, 'bin/broker'), [], {
    detached: true,
    stdio: ['ignore', log, log],
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...brokerEnvironment(options) },
  });
  if (child.pid === undefined) throw new Error(`could not start ${options.distributionDir}/bin/broker`);
  child.unref();
  writeFileSync(pidFile(options.runDir), String(child.pid));
  return child.pid;
}

export function readPid(runDir: string): number | undefined {
  if (!existsSync(pidFile(runDir))) return undefined;
  const pid = Number(readFileSync(pidFile(runDir), 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM (graceful: Zeebe flushes and closes its partitions), SIGKILL after `graceMs`. */
export async function stopBrokerNode(runDir: string, graceMs = 30_000): Promise<'stopped' | 'killed' | 'not-running'> {
  const pid = readPid(runDir);
  if (pid === undefined || !isAlive(pid)) return 'not-running';
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return 'stopped';
    await sleep(200);
  }
  process.kill(pid, 'SIGKILL');
  return 'killed';
}

export function logFile(runDir: string): string {
  return join(runDir, 'broker.log');
}

export function logTail(runDir: string, lines = 40): string {
  if (!existsSync(logFile(runDir))) return '(no log)';
  return readFileSync(logFile(runDir), 'utf8').split('\n').slice(-lines).join('\n');
}

function pidFile(runDir: string): string {
  return join(runDir, 'broker.pid');
}
