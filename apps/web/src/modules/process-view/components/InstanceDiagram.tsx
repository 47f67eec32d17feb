import { useQuery } from '@tanstack/react-query';
import { Alert, Spin } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { getProcessXml, type HistoryEntry } from '../api/history.api';
import { instanceState } from '../utils/instance-state.util';

const DiagramViewer = lazy(() => import('./DiagramViewer'));

interface Props {
  processId: string;
  version: number;
  instanceKey: string;
  entries: HistoryEntry[];
  height?: number;
}

/** The instance's diagram (the deployed version it runs on) with its current element and the path taken. */
export function InstanceDiagram({ processId, version, instanceKey, entries, height }: Props) {
  const xml = useQuery({
    queryKey: ['process-xml', processId, version],
    queryFn: () => getProcessXml(processId, version),
    staleTime: Infinity, // a deployed version never changes
  });
  const state = useMemo(() => instanceState(entries, instanceKey), [entries, instanceKey]);
  if (xml.error) return <Alert type="error" showIcon message={xml.error.message} />;
  if (!xml.data) return <Spin style={{ display: 'block', margin: 32 }} />;
  return (
    <Suspense fallback={<Spin style={{ display: 'block', margin: 32 }} />}>
      <DiagramViewer xml={xml.data} activeIds={state.active} completedIds={state.completed} height={height} />
    </Suspense>
  );
}
