import { Empty, Timeline } from 'antd';
import { useT } from '../../i18n/hooks/useT';
import { formatDateTime } from '../../shared/utils/date.util';
import type { HistoryEntry } from '../api/history.api';
import { visibleSteps } from '../utils/instance-state.util';

const COLOR: Record<string, string> = { ACTIVE: 'red', COMPLETED: 'green', TERMINATED: 'gray' };

/** 流转记录: the steps of an item's instances (the called units' processes included), oldest first. */
export function HistoryList({ entries }: { entries: HistoryEntry[] }) {
  const t = useT();
  const steps = visibleSteps(entries);
  if (steps.length === 0) return <Empty description={t('common.empty')} />;
  return (
    <Timeline
      data-testid="history"
      items={steps.map((h) => ({
        color: COLOR[h.state] ?? 'blue',
        children: (
          <div>
            <strong>{h.name || h.elementId}</strong>
            <div style={{ color: 'rgba(0,0,0,.45)' }}>
              {formatDateTime(h.startedAt)}
              {h.endedAt ? ` → ${formatDateTime(h.endedAt)}` : ''}
              {h.completedBy ? ` · ${h.completedBy}` : ''}
            </div>
          </div>
        ),
      }))}
    />
  );
}
