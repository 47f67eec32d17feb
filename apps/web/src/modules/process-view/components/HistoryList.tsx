import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, Spin, Tag, Timeline } from 'antd';
import { useT } from '../../i18n/hooks/useT';
import { formatDateTime } from '../../shared/utils/date.util';
import { getInstanceHistory, type HistoryEntry } from '../api/instance.api';

const COLOR: Record<HistoryEntry['state'], string> = { active: 'red', completed: 'green', terminated: 'gray' };

/** 流转记录: the steps of the instance (user tasks and other visible steps), oldest first. */
export function HistoryList({ instanceKey }: { instanceKey: string }) {
  const t = useT();
  const history = useQuery({ queryKey: ['instance-history', instanceKey], queryFn: () => getInstanceHistory(instanceKey) });
  if (history.error) return <Alert type="error" showIcon message={history.error.message} />;
  if (!history.data) return <Spin />;
  if (history.data.length === 0) return <Empty description={t('common.empty')} />;
  return (
    <Timeline
      data-testid="history"
      items={history.data.map((h) => ({
        color: COLOR[h.state],
        children: (
          <div>
            <strong>{h.elementName ?? h.elementId}</strong>
            {h.outcome && <Tag style={{ marginLeft: 8 }}>{h.outcome}</Tag>}
            <div style={{ color: 'rgba(0,0,0,.45)' }}>
              {formatDateTime(h.startedAt)}
              {h.endedAt ? ` → ${formatDateTime(h.endedAt)}` : ''}
              {h.actor ? ` · ${h.actor.name}` : ''}
              {h.unit ? ` · ${h.unit.name}` : ''}
            </div>
          </div>
        ),
      }))}
    />
  );
}
