import { Alert, Card, Descriptions, Spin, Tabs, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { useT } from '../../i18n/hooks/useT';
import { LightTag } from '../../shared/components/LightTag';
import { formatDate } from '../../shared/utils/date.util';
import { useTask } from '../hooks/useTask';
import { AttachmentsPanel } from './AttachmentsPanel';
import { HandOverActions } from './HandOverActions';
import { CommentsPanel } from './CommentsPanel';
import { TaskFormTab } from './TaskFormTab';
import { TaskDiagramTab, TaskHistoryTab } from './TaskProcessTabs';

export function TaskPage() {
  const { taskId = '' } = useParams();
  const t = useT();
  const task = useTask(taskId);
  if (task.error) return <Alert type="error" showIcon message={task.error.message} />;
  if (!task.data) return <Spin style={{ display: 'block', margin: 48 }} />;
  const d = task.data;
  return (
    <Card
      title={
        <span data-testid="task-title">
          {d.name} {d.status !== 'open' && <Tag>{t('task.completed')}</Tag>}
        </span>
      }
      extra={
        <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
          <HandOverActions task={d} />
          <LightTag light={d.light} />
        </span>
      }
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('inbox.col.item')}>
          {d.itemId ? <Link to={`/items/${d.itemId}`}>{[d.itemNumber, d.itemTitle].filter(Boolean).join(' ')}</Link> : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('inbox.col.process')}>{d.processName ?? d.processId}</Descriptions.Item>
        <Descriptions.Item label={t('inbox.col.unit')}>{d.unit?.name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('inbox.col.due')}>{formatDate(d.dueDate)}</Descriptions.Item>
        <Descriptions.Item label={t('inbox.col.assignee')}>{d.assignee?.name ?? t('inbox.unassigned')}</Descriptions.Item>
      </Descriptions>
      <Tabs
        destroyInactiveTabPane
        items={[
          { key: 'form', label: t('task.form'), children: <TaskFormTab task={d} /> },
          { key: 'comments', label: t('task.comments'), children: <CommentsPanel taskId={d.id} /> },
          { key: 'attachments', label: t('task.attachments'), children: <AttachmentsPanel taskId={d.id} canUpload={d.status === 'open'} /> },
          { key: 'history', label: t('task.history'), children: <TaskHistoryTab task={d} /> },
          { key: 'diagram', label: t('task.diagram'), children: <TaskDiagramTab task={d} /> },
        ]}
      />
    </Card>
  );
}
