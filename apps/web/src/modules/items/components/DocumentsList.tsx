import { FileWordOutlined } from '@ant-design/icons';
import { List } from 'antd';
import { useT } from '../../i18n/hooks/useT';
import { formatDateTime } from '../../shared/utils/date.util';
import { formatBytes } from '../../shared/utils/format-bytes.util';
import { documentUrl, type DocumentRef } from '../api/items.api';

export function DocumentsList({ documents }: { documents: DocumentRef[] }) {
  const t = useT();
  return (
    <List
      dataSource={documents}
      locale={{ emptyText: t('common.empty') }}
      data-testid="item-documents"
      renderItem={(doc) => (
        <List.Item actions={[<a key="dl" href={documentUrl(doc.id)} download>{t('common.download')}</a>]}>
          <List.Item.Meta
            avatar={<FileWordOutlined style={{ fontSize: 20, color: '#2b579a' }} />}
            title={doc.name}
            description={`${doc.kind} · ${formatDateTime(doc.createdAt)}${doc.size ? ` · ${formatBytes(doc.size)}` : ''}`}
          />
        </List.Item>
      )}
    />
  );
}
