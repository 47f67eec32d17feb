import { Alert, Button, Card, Flex, Grid, Input, Segmented, Table } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../auth/hooks/useSession';
import { capabilitiesOf } from '../../auth/utils/capabilities.util';
import { useT } from '../../i18n/hooks/useT';
import { LightTag } from '../../shared/components/LightTag';
import { formatDate } from '../../shared/utils/date.util';
import type { ItemStatus, ItemSummary } from '../api/items.api';
import { useItems } from '../hooks/useItems';
import { ItemStatusTag } from './ItemStatusTag';

const STATUSES: ItemStatus[] = ['active', 'closed', 'cancelled'];

export function ItemListPage() {
  const t = useT();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const status = (STATUSES as string[]).includes(params.get('status') ?? '') ? (params.get('status') as ItemStatus) : 'active';
  const text = params.get('text') ?? undefined;
  const items = useItems(status, text);
  const rows = items.data?.pages.flatMap((p) => p.items) ?? [];
  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) if (v) next.set(k, v); else next.delete(k);
    setParams(next, { replace: true });
  };
  return (
    <Card
      title={t('item.list')}
      extra={user && capabilitiesOf(user).has('register') && <Button type="primary" onClick={() => navigate('/items/new')}>{t('item.register')}</Button>}
    >
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Segmented<ItemStatus> value={status} onChange={(s) => set({ status: s })} options={STATUSES.map((s) => ({ value: s, label: t(`item.status.${s}`) }))} />
        <Input.Search allowClear defaultValue={text} placeholder={t('inbox.filter.text')} onSearch={(v) => set({ text: v.trim() || undefined })} style={{ width: 240 }} />
      </Flex>
      {items.error && <Alert type="error" showIcon message={items.error.message} style={{ marginBottom: 12 }} />}
      <Table<ItemSummary>
        rowKey="id"
        size={screens.md ? 'middle' : 'small'}
        loading={items.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { title: t('inbox.col.light'), dataIndex: 'light', width: 80, render: (_, r) => <LightTag light={r.light} /> },
          { title: t('item.number'), dataIndex: 'number', width: 160, render: (_, r) => r.number ?? '—' },
          { title: t('item.title'), dataIndex: 'title', render: (_, r) => <Link to={`/items/${r.id}`}>{r.title}</Link> },
          { title: t('item.leadUnit'), dataIndex: 'leadUnit', responsive: ['md'], render: (_, r) => r.leadUnit?.name ?? '—' },
          { title: t('item.limit'), dataIndex: 'dueDate', width: 120, render: (_, r) => formatDate(r.dueDate) },
          { title: t('item.status'), dataIndex: 'status', width: 100, render: (_, r) => <ItemStatusTag status={r.status} /> },
        ]}
      />
      {items.hasNextPage && (
        <Flex justify="center" style={{ marginTop: 12 }}>
          <Button onClick={() => items.fetchNextPage()} loading={items.isFetchingNextPage}>
            {t('common.more')}
          </Button>
        </Flex>
      )}
    </Card>
  );
}
