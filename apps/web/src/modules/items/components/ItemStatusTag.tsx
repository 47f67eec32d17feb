import { Tag } from 'antd';
import { useT } from '../../i18n/hooks/useT';
import type { ItemStatus } from '../api/items.api';

const COLOR: Record<ItemStatus, string> = { active: 'processing', closed: 'success', cancelled: 'default' };

export function ItemStatusTag({ status }: { status: ItemStatus }) {
  const t = useT();
  return (
    <Tag color={COLOR[status]} data-testid="item-status" data-status={status}>
      {t(`item.status.${status}`)}
    </Tag>
  );
}
