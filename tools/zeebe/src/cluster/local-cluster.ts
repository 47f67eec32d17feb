import { join } from 'node:path';
import { ensureDistribution, ensureExporter } from '../broker-distribution.js';
import { isAlive, logTail, readPid, startBrokerNode, stopBrokerNode, type BrokerPorts } from '../broker-node.js';
import { toJdbcUrl } from '../jdbc-url.util.js';
import { fetchTopology, waitForHealthyTopology, type Topology } from '../topology-probe.js';
import { zeebeHome } from '../zeebe-version.js';

export interface ClusterNode {
  nodeId: number;
  runDir: string;
  ports: BrokerPorts;
  pid: number;
}

/** Ports of node i: 266i0 gRPC, 266i1 command, 266i2 internal, 266i3 REST, 266i4 actuator. */
export function clusterPorts(nodeId: number, base = 26600): BrokerPorts {
  const first = base + nodeId * 10;
  return { gateway: first, command: first + 1, internal: first + 2, rest: first + 3, management: first + 4 };
}

/**
 * Three brokers as local processes: 3 partitions, replication factor 3, every broker with an embedded
 * gateway, all exporting history into one schema.
 */
export class LocalCluster {
  readonly nodes: ClusterNode[] = [];

  constructor(
    private readonly options: { size: number; partitions: number; replicationFactor: number; databaseUrl: string; schema: string },
  ) {}

  async start(log: (line: string) => void): Promise<Topology> {
    const distributionDir = ensureDistribution(log);
    const exporterJar = ensureExporter(log);
    const { size, partitions, replicationFactor } = this.options;
    const contactPoints = Array.from({ length: size }, (_, i) => `127.0.0.1:${clusterPorts(i).internal}`);
    for (let nodeId = 0; nodeId < size; nodeId++) {
      const runDir = join(zeebeHome, `run/cluster-${nodeId}`);
      const ports = clusterPorts(nodeId);
      const pid = startBrokerNode({
        distributionDir,
        runDir,
        nodeId,
        ports,
        cluster: { size, partitions, replicationFactor, contactPoints },
        history: { jdbcUrl: toJdbcUrl(this.options.databaseUrl), schema: this.options.schema, exporterJar },
        controlledClock: false,
        heap: '384m',
        // Three JVMs start on two cores: C1 only and a serial GC roughly halve the CPU a start needs.
        extraJavaOptions: '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC',
        threads: { cpu: 1, io: 1 },
      });
      this.nodes.push({ nodeId, runDir, ports, pid });
    }
    try {
      return await waitForHealthyTopology(this.restUrl(0), {
        timeoutMs: 240_000,
        expectedBrokers: size,
        stillRunning: () => this.nodes.every((node) => isAlive(node.pid)),
      });
    } catch (error) {
      for (const node of this.nodes) log(`--- node ${node.nodeId} log tail ---\n${logTail(node.runDir, 15)}`);
      throw error;
    }
  }

  grpcAddress(nodeId: number): string {
    return `127.0.0.1:${clusterPorts(nodeId).gateway}`;
  }

  restUrl(nodeId: number): string {
    return `http://127.0.0.1:${clusterPorts(nodeId).rest}`;
  }

  topology(viaNode = 0): Promise<Topology> {
    return fetchTopology(this.restUrl(viaNode));
  }

  /** SIGKILL: no shutdown hook, no flush — a crashed machine. */
  kill(nodeId: number): void {
    const node = this.nodes[nodeId];
    process.kill(node.pid, 'SIGKILL');
  }

  async stop(): Promise<void> {
    await Promise.all(this.nodes.map((node) => (readPid(node.runDir) ? stopBrokerNode(node.runDir, 20_000) : undefined)));
  }
}
