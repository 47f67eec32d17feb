import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Input, Modal } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/hooks/useT';
import { cancelItem, retryIncident, type ItemDetail } from '../api/items.api';

/** For 督查室 and process administrators: engine incidents with 重试, and 撤销 of an active item. */
export function ItemAdminActions({ detail, canCancel }: { detail: ItemDetail; canCancel: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [reason, setReason] = useState<string | null>(null);
  const id = detail.item.id;
  const refresh = () => client.invalidateQueries({ queryKey: ['item', id] });
  const retry = useMutation({ mutationFn: (key: string) => retryIncident(id, key), onSuccess: refresh, onError: (e) => message.error(e.message) });
  const cancel = useMutation({
    mutationFn: () => cancelItem(id, reason!.trim()),
    onSuccess: () => {
      setReason(null);
      void refresh();
    },
    onError: (e) => message.error(e.message),
  });
  const open = detail.incidents.filter((i) => i.state === 'ACTIVE');
  const mayCancel = canCancel && detail.item.status === 'active';
  if (open.length === 0 && !mayCancel) return null;
  return (
    <Flex vertical gap={8} style={{ marginBottom: 12 }}>
      {open.map((incident) => (
        <Alert
          key={incident.key}
          type="error"
          showIcon
          message={`${t('item.incident')}：${incident.elementId}`}
          description={incident.errorMessage}
          action={
            <Button size="small" loading={retry.isPending} onClick={() => retry.mutate(incident.key)}>
              {t('app.retry')}
            </Button>
          }
        />
      ))}
      {mayCancel && (
        <div>
          <Button danger size="small" onClick={() => setReason('')}>
            {t('item.cancel')}
          </Button>
        </div>
      )}
      <Modal
        open={reason !== null}
        title={t('item.cancel')}
        onCancel={() => setReason(null)}
        onOk={() => cancel.mutate()}
        okButtonProps={{ danger: true, disabled: (reason ?? '').trim().length < 2 }}
        confirmLoading={cancel.isPending}
      >
        <Input.TextArea rows={3} maxLength={500} placeholder={t('item.cancelReason')} value={reason ?? ''} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </Flex>
  );
}
