import { FileWordOutlined, PaperClipOutlined } from '@ant-design/icons';
import { List } from 'antd';
import { useT } from '../../i18n/hooks/useT';
import { attachmentUrl } from '../../task/api/task.api';
import { formatDateTime } from '../../shared/utils/date.util';
import { formatBytes } from '../../shared/utils/format-bytes.util';
import { documentUrl, type ItemDetail } from '../api/items.api';

interface Row {
  key: string;
  name: string;
  href: string;
  description: string;
  generated: boolean;
}

/** Generated documents (督办通知单, 办结报告 …) and the attachments uploaded on the item's tasks. */
export function DocumentsList({ itemId, documents }: { itemId: string; documents: ItemDetail['documents'] }) {
  const t = useT();
  const rows: Row[] = [
    ...documents.generated.map((d) => ({
      key: `d-${d.id}`,
      name: d.name,
      href: documentUrl(itemId, d.id),
      description: `${d.template ?? ''} · ${formatDateTime(d.createdAt)} · ${formatBytes(d.size)}`,
      generated: true,
    })),
    ...documents.attachments.map((a) => ({
      key: `a-${a.id}`,
      name: a.name,
      href: attachmentUrl(a.taskId, a.id),
      description: `${t('task.attachments')} · ${formatDateTime(a.createdAt)} · ${formatBytes(a.size)}`,
      generated: false,
    })),
  ];
  return (
    <List
      dataSource={rows}
      locale={{ emptyText: t('common.empty') }}
      data-testid="item-documents"
      renderItem={(doc) => (
        <List.Item actions={[<a key="dl" href={doc.href} download>{t('common.download')}</a>]}>
          <List.Item.Meta
            avatar={doc.generated ? <FileWordOutlined style={{ fontSize: 20, color: '#2b579a' }} /> : <PaperClipOutlined style={{ fontSize: 20 }} />}
            title={doc.name}
            description={doc.description}
          />
        </List.Item>
      )}
    />
  );
}
