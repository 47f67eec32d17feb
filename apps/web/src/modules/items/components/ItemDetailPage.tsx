import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Spin, Tabs } from 'antd';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { optionLabels } from '../../forms/utils/option-labels.util';
import { useT } from '../../i18n/hooks/useT';
import { useProcesses } from '../../shared/hooks/useReference';
import { getForm } from '../api/items.api';
import { HistoryList } from '../../process-view/components/HistoryList';
import { InstanceDiagram } from '../../process-view/components/InstanceDiagram';
import { LightTag } from '../../shared/components/LightTag';
import { formatDate } from '../../shared/utils/date.util';
import { useItem, useItemTimeline } from '../hooks/useItems';
import { useSession } from '../../auth/hooks/useSession';
import { capabilitiesOf } from '../../auth/utils/capabilities.util';
import { DocumentsList } from './DocumentsList';
import { ItemAdminActions } from './ItemAdminActions';
import { ExtensionsList } from './ExtensionsList';
import { ItemStatusTag } from './ItemStatusTag';
import { UnitProgressTable } from './UnitProgressTable';

export function ItemDetailPage() {
  const { itemId = '' } = useParams();
  const t = useT();
  const detail = useItem(itemId);
  const timeline = useItemTimeline(itemId);
  const { user } = useSession();
  // Source and category are stored as option values; the start form knows how to say them.
  const processes = useProcesses();
  const startFormId = processes.data?.find((p) => p.id === detail.data?.item.processId)?.startFormId;
  const startForm = useQuery({ queryKey: ['form', startFormId], queryFn: () => getForm(startFormId!), enabled: !!startFormId, staleTime: 300_000 });
  const labels = useMemo(() => optionLabels(startForm.data?.schema), [startForm.data]);
  if (detail.error) return <Alert type="error" showIcon message={detail.error.message} />;
  if (!detail.data) return <Spin style={{ display: 'block', margin: 48 }} />;
  const { item, now, units, documents, extensionRequests } = detail.data;
  const documentCount = documents.generated.length + documents.attachments.length;
  return (
    <Card
      title={
        <span data-testid="item-title">
          {item.number ? `${item.number} ` : ''}
          {item.title}
        </span>
      }
      extra={
        <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
          <LightTag light={item.light} />
          <ItemStatusTag status={item.status} />
        </span>
      }
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('item.source')}>{item.sourceType ? (labels.get(item.sourceType) ?? item.sourceType) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('item.category')}>{item.category ? (labels.get(item.category) ?? item.category) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('item.limit')}>
          <span data-testid="item-due">{formatDate(item.dueDate)}</span>
          {item.statedLimit ? `（${item.statedLimit}）` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('item.leadUnit')}>{item.leadUnit?.name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('item.assistUnits')}>{item.assistingUnits.map((u) => u.name).join('、') || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('item.where')}>
          <span data-testid="item-where">{now.map((s) => s.name || s.elementId).join('、') || '—'}</span>
        </Descriptions.Item>
      </Descriptions>
      <ItemAdminActions detail={detail.data} canCancel={!!user && capabilitiesOf(user).has('allItems')} />
      <Tabs
        destroyInactiveTabPane
        items={[
          { key: 'history', label: t('item.timeline'), children: timeline.data ? <HistoryList entries={timeline.data} /> : <Spin /> },
          { key: 'progress', label: t('item.progress'), children: <UnitProgressTable units={units} /> },
          { key: 'documents', label: `${t('item.documents')} (${documentCount})`, children: <DocumentsList itemId={item.id} documents={documents} /> },
          {
            key: 'extensions',
            label: t('item.extensions'),
            children: <ExtensionsList itemId={item.id} extensions={extensionRequests} canRequest={item.status === 'active'} />,
          },
          {
            key: 'diagram',
            label: t('task.diagram'),
            children:
              item.processInstanceKey && timeline.data ? (
                <InstanceDiagram processId={item.processId} version={item.processVersion} instanceKey={item.processInstanceKey} entries={timeline.data} />
              ) : (
                <Spin />
              ),
          },
        ]}
      />
    </Card>
  );
}
