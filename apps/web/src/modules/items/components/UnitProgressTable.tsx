import { Table, Tag } from 'antd';
import { useT } from '../../i18n/hooks/useT';
import { LightTag } from '../../shared/components/LightTag';
import { formatDate, formatDateTime } from '../../shared/utils/date.util';
import type { UnitProgress } from '../api/items.api';

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
        { title: '', width: 90, render: (_, u) => <Tag>{u.role === 'lead' ? t('item.leadUnit') : t('item.assistUnits')}</Tag> },
        { title: t('common.status'), dataIndex: 'status' },
        { title: t('inbox.col.light'), render: (_, u) => <LightTag light={u.light} /> },
        { title: t('item.limit'), render: (_, u) => formatDate(u.dueDate) },
        { title: t('item.lastReport'), responsive: ['md'], render: (_, u) => formatDateTime(u.lastReportAt) },
        { title: t('item.sendBacks'), responsive: ['md'], render: (_, u) => u.sendBacks ?? 0 },
      ]}
    />
  );
}
