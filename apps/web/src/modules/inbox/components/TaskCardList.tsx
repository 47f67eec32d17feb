import { Empty, Flex, Spin } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/hooks/useT';
import { LightTag } from '../../shared/components/LightTag';
import { formatDate } from '../../shared/utils/date.util';
import type { TaskSummary } from '../api/inbox.api';
import '../../shared/components/text.css';
import { TaskActions } from './TaskActions';

const cardStyle = { background: '#fff', border: '1px solid #f0f0f0', borderRadius: 8, padding: 12 } as const;

/** The inbox on a phone: one card per task, the light and the limit first. */
export function TaskCardList({ tasks, loading }: { tasks: TaskSummary[]; loading: boolean }) {
  const t = useT();
  if (loading && tasks.length === 0) return <Spin style={{ display: 'block', margin: 32 }} />;
  if (tasks.length === 0) return <Empty description={t('common.empty')} />;
  return (
    <Flex vertical gap={8} data-testid="task-cards">
      {tasks.map((task) => (
        <div key={task.id} style={cardStyle} data-testid="task-card">
          <Flex justify="space-between" align="center" gap={8}>
            <Link to={`/tasks/${task.id}`} style={{ fontWeight: 600 }}>
              {task.name}
            </Link>
            <LightTag light={task.light} />
          </Flex>
          <div className="duban-clamp-2" style={{ margin: '4px 0' }}>
            {task.itemNumber ? `${task.itemNumber} ` : ''}
            {task.itemTitle ?? task.processName ?? task.processId}
          </div>
          <Flex justify="space-between" align="center" wrap gap={4}>
            <span className="duban-secondary">
              {t('inbox.col.due')}：{formatDate(task.dueDate)}
              {task.unit ? ` · ${task.unit.name}` : ''}
            </span>
            <TaskActions task={task} />
          </Flex>
        </div>
      ))}
    </Flex>
  );
}
