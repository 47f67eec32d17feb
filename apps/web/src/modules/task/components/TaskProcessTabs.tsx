import { useQuery } from '@tanstack/react-query';
import { Alert, Breadcrumb, Button, Flex, Spin, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useItemTimeline } from '../../items/hooks/useItems';
import { getInstanceView } from '../../process-view/api/history.api';
import { HistoryList } from '../../process-view/components/HistoryList';
import { InstanceDiagram, type DiagramState } from '../../process-view/components/InstanceDiagram';
import { useT } from '../../i18n/hooks/useT';
import { useProcesses } from '../../shared/hooks/useReference';
import type { TaskDetail } from '../api/task.api';

/** History comes from the task's item (its timeline spans the called units' processes). */
export function TaskHistoryTab({ task }: { task: TaskDetail }) {
  const t = useT();
  const timeline = useItemTimeline(task.itemId);
  if (!task.itemId) return <Alert type="info" message={t('common.empty')} />;
  if (timeline.error) return <Alert type="error" showIcon message={timeline.error.message} />;
  return timeline.data ? <HistoryList entries={timeline.data} /> : <Spin />;
}

/**
 * The diagram of the task's own instance at the version it runs (a called unit process at its own deployed
 * version, not the latest), where it is now and the path taken; "上级流程" climbs to the calling instances.
 */
export function TaskDiagramTab({ task }: { task: TaskDetail }) {
  const t = useT();
  const processes = useProcesses();
  const [chain, setChain] = useState<string[]>([task.processInstanceKey]);
  const key = chain[chain.length - 1];
  const view = useQuery({ queryKey: ['instance-view', key], queryFn: () => getInstanceView(key) });
  const state = useMemo<DiagramState | undefined>(
    () =>
      view.data && {
        active: view.data.activeElementIds,
        completed: view.data.completedElementIds,
        incidents: view.data.incidentElementIds,
        takenFlows: view.data.takenSequenceFlowIds,
      },
    [view.data],
  );
  const nameOf = (processId: string) => processes.data?.find((p) => p.id === processId)?.name ?? processId;
  if (view.error) return <Alert type="error" showIcon message={view.error.message} />;
  if (!view.data || !state) return <Spin />;
  const parent = view.data.parentProcessInstanceKey;
  return (
    <>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 8 }}>
        {chain.length > 1 && (
          <Breadcrumb
            items={chain.slice(0, -1).map((k, i) => ({
              title: <a onClick={() => setChain(chain.slice(0, i + 1))}>{i === 0 ? t('task.ownProcess') : k}</a>,
            }))}
          />
        )}
        <Typography.Text strong data-testid="diagram-process">
          {nameOf(view.data.bpmnProcessId)}
        </Typography.Text>
        <Tag data-testid="diagram-version">{t('task.processVersion', { version: view.data.version })}</Tag>
        {parent && (
          <Button size="small" onClick={() => setChain([...chain, parent])} data-testid="diagram-parent">
            {t('task.parentProcess')}
          </Button>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('task.diagramLegend')}
        </Typography.Text>
      </Flex>
      <InstanceDiagram key={key} processId={view.data.bpmnProcessId} version={view.data.version} state={state} />
    </>
  );
}
