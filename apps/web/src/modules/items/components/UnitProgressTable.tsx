import { Table, Tag } from 'antd';
import { useT } from '../../i18n/hooks/useT';
import { LightTag } from '../../shared/components/LightTag';
import { formatDate } from '../../shared/utils/date.util';
import type { UnitProgress } from '../api/items.api';

const STATUS_COLOR: Record<string, string> = { done: 'green', 'in-progress': 'blue', waiting: 'default' };

export function UnitProgressTable({ units }: { units: UnitProgress[] }) {
  const t = useT();
  return (
    <Table<UnitProgress>
      rowKey={(u) => u.unit.id}
      size="small"
      pagination={false}
      dataSource={units}
      scroll={{ x: true }}
      data-testid="unit-progress"
      columns={[
        { title: t('inbox.col.unit'), render: (_, u) => u.unit.name },
        { title: '', width: 90, render: (_, u) => <Tag>{u.lead ? t('item.leadUnit') : t('item.assistUnits')}</Tag> },
        { title: t('common.status'), render: (_, u) => <Tag color={STATUS_COLOR[u.status] ?? 'default'}>{t(`item.unit.${u.status}` as 'item.unit.done') || u.status}</Tag> },
        { title: t('item.where'), render: (_, u) => u.openTasks.map((x) => x.name).join('、') || '—' },
        { title: t('inbox.col.light'), render: (_, u) => <LightTag light={u.light} /> },
        { title: t('item.limit'), render: (_, u) => formatDate(u.dueDate) },
        { title: t('item.sendBacks'), responsive: ['md'], render: (_, u) => u.facts.filter((f) => f.fact.includes('send-back') || f.fact.includes('returned')).length },
      ]}
    />
  );
}
