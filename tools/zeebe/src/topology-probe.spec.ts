import { describe, expect, it } from 'vitest';
import { type Topology, topologyProblem } from './topology-probe.js';

const broker = (nodeId: number, partitions: [number, string, string][]) => ({
  nodeId,
  host: '127.0.0.1',
  port: 26501 + nodeId,
  version: '8.6.0',
  partitions: partitions.map(([partitionId, role, health]) => ({ partitionId, role, health })),
});

const topology = (brokers: Topology['brokers']): Topology => ({
  brokers,
  clusterSize: 2,
  partitionsCount: 2,
  replicationFactor: 2,
  gatewayVersion: '8.6.0',
});

describe('topologyProblem', () => {
  it('is satisfied when every broker is in and every partition has a healthy leader', () => {
    const t = topology([
      broker(0, [[1, 'leader', 'healthy'], [2, 'follower', 'healthy']]),
      broker(1, [[1, 'follower', 'healthy'], [2, 'LEADER', 'HEALTHY']]),
    ]);
    expect(topologyProblem(t)).toBeUndefined();
  });

  it('names what is missing', () => {
    expect(topologyProblem(topology([broker(0, [[1, 'leader', 'healthy']])]))).toBe('1/2 brokers in the topology');
    const noLeader = topology([
      broker(0, [[1, 'leader', 'healthy'], [2, 'follower', 'healthy']]),
      broker(1, [[1, 'follower', 'healthy'], [2, 'follower', 'healthy']]),
    ]);
    expect(topologyProblem(noLeader)).toBe('partition 2 has no leader');
    const unhealthy = topology([
      broker(0, [[1, 'leader', 'unhealthy'], [2, 'leader', 'healthy']]),
      broker(1, []),
    ]);
    expect(topologyProblem(unhealthy)).toBe('partition 1 leader is unhealthy');
  });
});
