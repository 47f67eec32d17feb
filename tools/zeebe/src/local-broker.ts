import { join } from 'node:path';
import { ensureDistribution, ensureExporter } from './broker-distribution.js';
import { isAlive, logTail, readPid, startBrokerNode, stopBrokerNode, type BrokerPorts } from './broker-node.js';
import { dropHistorySchema } from './history-schema.js';
import { toJdbcUrl } from './jdbc-url.util.js';
import { fetchTopology, topologyProblem, waitForHealthyTopology } from './topology-probe.js';
import { ZEEBE_VERSION, zeebeHome } from './zeebe-version.js';

/** The single development/CI broker. Its addresses are the adapter's defaults (libs/zeebe). */
export const LOCAL_PORTS: BrokerPorts = { gateway: 26500, command: 26501, internal: 26502, rest: 8088, management: 9600 };
export const LOCAL_RUN_DIR = join(zeebeHome, 'run/single');
export const HISTORY_SCHEMA = process.env.ZEEBE_HISTORY_SCHEMA ?? 'zeebe_history';
const databaseUrl = () => process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const restUrl = `http://127.0.0.1:${LOCAL_PORTS.rest}`;

export async function startLocalBroker(log: (line: string) => void = console.log): Promise<void> {
  const started = Date.now();
  const running = readPid(LOCAL_RUN_DIR);
  if (running !== undefined && isAlive(running)) {
    const problem = topologyProblem(await fetchTopology(restUrl));
    if (problem) throw new Error(`a broker (pid ${running}) runs but is not healthy: ${problem}`);
    log(`Zeebe ${ZEEBE_VERSION} already running (pid ${running}) on 127.0.0.1:${LOCAL_PORTS.gateway}`);
    return;
  }
  const distributionDir = ensureDistribution(log);
  const exporterJar = ensureExporter(log);
  await dropHistorySchema(databaseUrl(), HISTORY_SCHEMA);
  const pid = startBrokerNode({
    distributionDir,
    runDir: LOCAL_RUN_DIR,
    nodeId: 0,
    ports: LOCAL_PORTS,
    history: { jdbcUrl: toJdbcUrl(databaseUrl()), schema: HISTORY_SCHEMA, exporterJar },
    controlledClock: true,
    heap: '512m',
  });
  try {
    await waitForHealthyTopology(restUrl, { timeoutMs: 120_000, stillRunning: () => isAlive(pid) });
  } catch (error) {
    log(logTail(LOCAL_RUN_DIR));
    await stopBrokerNode(LOCAL_RUN_DIR, 5_000);
    throw error;
  }
  log(
    `Zeebe ${ZEEBE_VERSION} healthy in ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${pid}): ` +
      `gRPC 127.0.0.1:${LOCAL_PORTS.gateway}, REST ${restUrl}, actuator http://127.0.0.1:${LOCAL_PORTS.management}, ` +
      `history in schema ${HISTORY_SCHEMA}, log ${join(LOCAL_RUN_DIR, 'broker.log')}`,
  );
}

export async function stopLocalBroker(log: (line: string) => void = console.log): Promise<void> {
  const started = Date.now();
  const outcome = await stopBrokerNode(LOCAL_RUN_DIR);
  await dropHistorySchema(databaseUrl(), HISTORY_SCHEMA);
  log(`Zeebe broker ${outcome} in ${((Date.now() - started) / 1000).toFixed(1)} s; history schema dropped`);
}
