import { useQuery } from '@tanstack/react-query';
import { Alert, Spin } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { getProcessXml, type HistoryEntry } from '../api/history.api';
import { instanceState } from '../utils/instance-state.util';

const DiagramViewer = lazy(() => import('./DiagramViewer'));

export interface DiagramState {
  active: string[];
  completed: string[];
  incidents?: string[];
  takenFlows?: string[];
}

type Props = {
  processId: string;
  version: number;
  height?: number;
} & ({ state: DiagramState } | { instanceKey: string; entries: HistoryEntry[] });

/**
 * The instance's diagram (the deployed version it runs on) with its current element and the path taken — from
 * the server's instance view (`state`) or worked out from an item's timeline (`entries`).
 */
export function InstanceDiagram(props: Props) {
  const { processId, version, height } = props;
  const xml = useQuery({
    queryKey: ['process-xml', processId, version],
    queryFn: () => getProcessXml(processId, version),
    staleTime: Infinity, // a deployed version never changes
  });
  const fromEntries = 'entries' in props ? props.entries : undefined;
  const instanceKey = 'instanceKey' in props ? props.instanceKey : undefined;
  const given = 'state' in props ? props.state : undefined;
  const state = useMemo<DiagramState>(() => given ?? instanceState(fromEntries ?? [], instanceKey ?? ''), [given, fromEntries, instanceKey]);
  if (xml.error) return <Alert type="error" showIcon message={xml.error.message} />;
  if (!xml.data) return <Spin style={{ display: 'block', margin: 32 }} />;
  return (
    <Suspense fallback={<Spin style={{ display: 'block', margin: 32 }} />}>
      <DiagramViewer xml={xml.data} activeIds={state.active} completedIds={state.completed} incidentIds={state.incidents} takenFlowIds={state.takenFlows} height={height} />
    </Suspense>
  );
}
