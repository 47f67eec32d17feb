import { Alert, Empty, Spin, Timeline } from 'antd';
import { useT } from '../../i18n/hooks/useT';
import { formatDateTime } from '../../shared/utils/date.util';
import { useItemTimeline } from '../hooks/useItems';

export function ItemTimeline({ itemId }: { itemId: string }) {
  const t = useT();
  const timeline = useItemTimeline(itemId);
  if (timeline.error) return <Alert type="error" showIcon message={timeline.error.message} />;
  if (!timeline.data) return <Spin />;
  if (timeline.data.length === 0) return <Empty description={t('common.empty')} />;
  return (
    <Timeline
      data-testid="item-timeline"
      items={timeline.data.map((e) => ({
        children: (
          <div>
            <strong>{e.title}</strong>
            <div style={{ color: 'rgba(0,0,0,.45)' }}>
              {formatDateTime(e.at)}
              {e.actor ? ` · ${e.actor.name}` : ''}
              {e.unit ? ` · ${e.unit.name}` : ''}
            </div>
            {e.detail && <div style={{ whiteSpace: 'pre-wrap' }}>{e.detail}</div>}
          </div>
        ),
      }))}
    />
  );
}
