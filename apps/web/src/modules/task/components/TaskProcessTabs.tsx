import { Alert, Spin } from 'antd';
import { useItem, useItemTimeline } from '../../items/hooks/useItems';
import { HistoryList } from '../../process-view/components/HistoryList';
import { InstanceDiagram } from '../../process-view/components/InstanceDiagram';
import { useT } from '../../i18n/hooks/useT';
import { useProcesses } from '../../shared/hooks/useReference';
import type { TaskDetail } from '../api/task.api';

/**
 * History and diagram come from the task's item (its timeline spans the called units' processes). The diagram
 * is drawn from the item's version for the item's own process, from the latest version for a called one.
 */
export function TaskHistoryTab({ task }: { task: TaskDetail }) {
  const t = useT();
  const timeline = useItemTimeline(task.itemId);
  if (!task.itemId) return <Alert type="info" message={t('common.empty')} />;
  if (timeline.error) return <Alert type="error" showIcon message={timeline.error.message} />;
  return timeline.data ? <HistoryList entries={timeline.data} /> : <Spin />;
}

export function TaskDiagramTab({ task }: { task: TaskDetail }) {
  const item = useItem(task.itemId);
  const timeline = useItemTimeline(task.itemId);
  const processes = useProcesses();
  const version =
    item.data?.item.processId === task.processId ? item.data.item.processVersion : processes.data?.find((p) => p.id === task.processId)?.latestVersion;
  const error = item.error ?? timeline.error ?? processes.error;
  if (error) return <Alert type="error" showIcon message={error.message} />;
  if (!version || (task.itemId && !timeline.data)) return <Spin />;
  return <InstanceDiagram processId={task.processId} version={version} instanceKey={task.processInstanceKey} entries={timeline.data ?? []} />;
}
