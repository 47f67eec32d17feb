import { useQuery } from '@tanstack/react-query';
import { Alert, Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { getDefinitionXml, getInstance } from '../api/instance.api';

const DiagramViewer = lazy(() => import('./DiagramViewer'));

/** The instance's diagram with its current element and the path taken. */
export function InstanceDiagram({ instanceKey, height }: { instanceKey: string; height?: number }) {
  const instance = useQuery({ queryKey: ['instance', instanceKey], queryFn: () => getInstance(instanceKey) });
  const definitionKey = instance.data?.processDefinitionKey;
  const xml = useQuery({
    queryKey: ['definition-xml', definitionKey],
    queryFn: () => getDefinitionXml(definitionKey!),
    enabled: !!definitionKey,
    staleTime: Infinity, // a deployed version never changes
  });
  const error = instance.error ?? xml.error;
  if (error) return <Alert type="error" showIcon message={error.message} />;
  if (!instance.data || !xml.data) return <Spin style={{ display: 'block', margin: 32 }} />;
  return (
    <Suspense fallback={<Spin style={{ display: 'block', margin: 32 }} />}>
      <DiagramViewer
        xml={xml.data}
        activeIds={instance.data.activeElementIds}
        completedIds={instance.data.completedElementIds}
        takenFlowIds={instance.data.takenSequenceFlowIds}
        height={height}
      />
    </Suspense>
  );
}
