import { Alert, Card, Descriptions, Spin, Tabs } from 'antd';
import { useParams } from 'react-router';
import { useT } from '../../i18n/hooks/useT';
import { HistoryList } from '../../process-view/components/HistoryList';
import { InstanceDiagram } from '../../process-view/components/InstanceDiagram';
import { LightTag } from '../../shared/components/LightTag';
import { formatDate } from '../../shared/utils/date.util';
import { useItem } from '../hooks/useItems';
import { DocumentsList } from './DocumentsList';
import { ExtensionsList } from './ExtensionsList';
import { ItemStatusTag } from './ItemStatusTag';
import { ItemTimeline } from './ItemTimeline';
import { UnitProgressTable } from './UnitProgressTable';

export function ItemDetailPage() {
  const { itemId = '' } = useParams();
  const t = useT();
  const item = useItem(itemId);
  if (item.error) return <Alert type="error" showIcon message={item.error.message} />;
  if (!item.data) return <Spin style={{ display: 'block', margin: 48 }} />;
  const d = item.data;
  return (
    <Card
      title={
        <span data-testid="item-title">
          {d.number ? `${d.number} ` : ''}
          {d.title}
        </span>
      }
      extra={
        <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
          <LightTag light={d.light} />
          <ItemStatusTag status={d.status} />
        </span>
      }
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('item.source')}>{d.source ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('item.category')}>{d.category ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('item.limit')}>
          <span data-testid="item-due">{formatDate(d.dueDate)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('item.leadUnit')}>{d.leadUnit?.name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('item.assistUnits')}>{d.assistUnits.map((u) => u.name).join('、') || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('item.where')}>
          <span data-testid="item-where">{d.currentSteps.map((s) => (s.unit ? `${s.name}（${s.unit.name}）` : s.name)).join('、') || '—'}</span>
        </Descriptions.Item>
      </Descriptions>
      <Tabs
        destroyInactiveTabPane
        items={[
          { key: 'timeline', label: t('item.timeline'), children: <ItemTimeline itemId={d.id} /> },
          { key: 'progress', label: t('item.progress'), children: <UnitProgressTable units={d.units} /> },
          { key: 'documents', label: `${t('item.documents')} (${d.documents.length})`, children: <DocumentsList documents={d.documents} /> },
          { key: 'extensions', label: t('item.extensions'), children: <ExtensionsList extensions={d.extensions} /> },
          { key: 'history', label: t('task.history'), children: <HistoryList instanceKey={d.processInstanceKey} /> },
          { key: 'diagram', label: t('task.diagram'), children: <InstanceDiagram instanceKey={d.processInstanceKey} /> },
        ]}
      />
    </Card>
  );
}
