import { List, Tag } from 'antd';
import { useT } from '../../i18n/hooks/useT';
import { formatDate, formatDateTime } from '../../shared/utils/date.util';
import type { ExtensionRequest } from '../api/items.api';

const COLOR: Record<ExtensionRequest['status'], string> = { pending: 'gold', approved: 'green', rejected: 'red' };

/** 延期申请: requested by a unit, decided through the process's approval step. */
export function ExtensionsList({ extensions }: { extensions: ExtensionRequest[] }) {
  const t = useT();
  return (
    <List
      dataSource={extensions}
      locale={{ emptyText: t('common.empty') }}
      renderItem={(x) => (
        <List.Item extra={<Tag color={COLOR[x.status]}>{t(`item.extension.${x.status}`)}</Tag>}>
          <List.Item.Meta
            title={`${x.unit?.name ?? ''} ${t('item.extension.requested', { date: formatDate(x.requestedDueDate) })}`}
            description={
              <>
                <div style={{ whiteSpace: 'pre-wrap' }}>{x.reason}</div>
                <div>
                  {formatDateTime(x.requestedAt)}
                  {x.decidedAt ? ` → ${formatDateTime(x.decidedAt)}${x.decidedBy ? ` · ${x.decidedBy.name}` : ''}` : ''}
                </div>
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}
