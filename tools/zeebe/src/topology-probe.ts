import { setTimeout as sleep } from 'node:timers/promises';

export interface TopologyPartition {
  partitionId: number;
  role: string;
  health: string;
}

export interface Topology {
  brokers: { nodeId: number; host: string; port: number; partitions: TopologyPartition[]; version: string }[];
  clusterSize: number;
  partitionsCount: number;
  replicationFactor: number;
  gatewayVersion: string;
}

/** Why a topology is not healthy yet, or undefined when every broker is in and every partition has a healthy leader. */
export function topologyProblem(topology: Topology, expectedBrokers = topology.clusterSize): string | undefined {
  if (topology.brokers.length < expectedBrokers) {
    return `${topology.brokers.length}/${expectedBrokers} brokers in the topology`;
  }
  for (let partitionId = 1; partitionId <= topology.partitionsCount; partitionId++) {
    const replicas = topology.brokers.flatMap((b) => b.partitions.filter((p) => p.partitionId === partitionId));
    const leader = replicas.find((p) => p.role.toLowerCase() === 'leader');
    if (!leader) return `partition ${partitionId} has no leader`;
    if (leader.health.toLowerCase() !== 'healthy') return `partition ${partitionId} leader is ${leader.health}`;
  }
  return undefined;
}

export async function fetchTopology(restUrl: string): Promise<Topology> {
  const response = await fetch(`${restUrl}/v2/topology`, { signal: AbortSignal.timeout(2_000) });
  if (!response.ok) throw new Error(`GET /v2/topology answered ${response.status}`);
  return (await response.json()) as Topology;
}

/** Polls the REST gateway until the topology is healthy; `stillRunning` lets a dead broker fail fast. */
export async function waitForHealthyTopology(
  restUrl: string,
  options: { timeoutMs: number; expectedBrokers?: number; stillRunning?: () => boolean },
): Promise<Topology> {
  const deadline = Date.now() + options.timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (options.stillRunning && !options.stillRunning()) throw new Error(`broker exited while starting (${last})`);
    try {
      const topology = await fetchTopology(restUrl);
      const problem = topologyProblem(topology, options.expectedBrokers);
      if (!problem) return topology;
      last = problem;
    } catch (error) {
      last = (error as Error).message;
    }
    await sleep(500);
  }
  throw new Error(`topology not healthy after ${options.timeoutMs} ms: ${last}`);
}
