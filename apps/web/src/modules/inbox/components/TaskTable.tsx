import { Empty, Spin } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/hooks/useT';
import { LightTag } from '../../shared/components/LightTag';
import { formatDate } from '../../shared/utils/date.util';
import type { TaskSummary } from '../api/inbox.api';
import { TaskActions } from './TaskActions';
import '../../shared/components/text.css';
import './task-table.css';

/**
 * A plain table: sorting, filtering and paging happen on the server, so antd's Table (rc-table, rc-tree,
 * pagination: ~55 KB gzipped) would only weigh down the route that every user opens first.
 */
export function TaskTable({ tasks, loading }: { tasks: TaskSummary[]; loading: boolean }) {
  const t = useT();
  return (
    <Spin spinning={loading}>
      <div className="duban-task-table-wrap">
        <table className="duban-task-table" data-testid="task-table">
          <thead>
            <tr>
              <th style={{ width: 80 }}>{t('inbox.col.light')}</th>
              <th>{t('inbox.col.task')}</th>
              <th>{t('inbox.col.item')}</th>
              <th className="duban-lg">{t('inbox.col.process')}</th>
              <th className="duban-lg">{t('inbox.col.unit')}</th>
              <th className="duban-xl">{t('inbox.col.assignee')}</th>
              <th style={{ width: 110 }}>{t('inbox.col.due')}</th>
              <th style={{ width: 170 }}>{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => (
              <tr key={task.id} data-task-id={task.id}>
                <td>
                  <LightTag light={task.light} />
                </td>
                <td>
                  <Link to={`/tasks/${task.id}`}>{task.name}</Link>
                </td>
                <td>
                  {task.itemId ? (
                    <Link to={`/items/${task.itemId}`}>
                      {task.itemNumber ? <span className="duban-secondary">{task.itemNumber} </span> : null}
                      {task.itemTitle}
                    </Link>
                  ) : (
                    '—'
                  )}
                </td>
                <td className="duban-lg">{task.processName ?? task.processId}</td>
                <td className="duban-lg">{task.unit?.name ?? '—'}</td>
                <td className="duban-xl">{task.assignee?.name ?? <span className="duban-warning">{t('inbox.unassigned')}</span>}</td>
                <td>{formatDate(task.dueDate)}</td>
                <td>
                  <TaskActions task={task} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {!loading && tasks.length === 0 && <Empty description={t('common.empty')} style={{ padding: 24 }} />}
      </div>
    </Spin>
  );
}
