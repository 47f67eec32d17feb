import { Button, Form, Input, List } from 'antd';
import { useT } from '../../i18n/hooks/useT';
import { formatDateTime } from '../../shared/utils/date.util';
import type { ExtensionRequest } from '../api/items.api';
import { useRequestExtension } from '../hooks/useItems';

/** 延期申请: recorded here and sent into the item's process, whose approval step decides. */
export function ExtensionsList({ itemId, extensions, canRequest }: { itemId: string; extensions: ExtensionRequest[]; canRequest: boolean }) {
  const t = useT();
  const [form] = Form.useForm<{ requestedLimit: string; reason: string }>();
  const request = useRequestExtension(itemId, () => form.resetFields());
  return (
    <>
      <List
        dataSource={extensions}
        locale={{ emptyText: t('common.empty') }}
        renderItem={(x) => (
          <List.Item>
            <List.Item.Meta
              title={`${x.unit ?? ''} ${t('item.extension.requested', { date: x.requestedLimit })}`}
              description={
                <>
                  <div style={{ whiteSpace: 'pre-wrap' }}>{x.reason}</div>
                  <div>
                    {x.requestedBy} · {formatDateTime(x.requestedAt)}
                  </div>
                </>
              }
            />
          </List.Item>
        )}
      />
      {canRequest && (
        <Form form={form} layout="inline" onFinish={(v) => request.mutate(v)} style={{ marginTop: 12, rowGap: 8 }}>
          <Form.Item name="requestedLimit" rules={[{ required: true, max: 40 }]}>
            <Input placeholder={t('item.extension.limit')} />
          </Form.Item>
          <Form.Item name="reason" rules={[{ required: true, min: 2, max: 1000 }]}>
            <Input placeholder={t('item.extension.reason')} style={{ width: 280 }} />
          </Form.Item>
          <Button htmlType="submit" loading={request.isPending}>
            {t('item.extension.request')}
          </Button>
        </Form>
      )}
    </>
  );
}
