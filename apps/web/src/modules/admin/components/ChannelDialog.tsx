import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Switch } from 'antd';
import { useT } from '../../i18n/hooks/useT';
import { ApiError } from '../../shared/api/http-client';
import { updateChannel, type ChannelPatch, type NotificationChannel } from '../api/settings.api';
import { channelFieldLabel } from '../utils/channel-fields.util';

type Values = Record<string, string | boolean | undefined>;

/**
 * A channel's settings. Readable ones are shown and sent as edited ('' removes one); write-only ones start empty
 * and are sent only when something is typed, so saving never clears a secret by accident.
 */
export function ChannelDialog({ channel, onClose }: { channel: NotificationChannel; onClose: () => void }) {
  const t = useT();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const fields = channel.fields ?? { config: Object.keys(channel.config), secrets: [] };
  const save = useMutation({
    mutationFn: (values: Values) => {
      const config: Record<string, string | null> = {};
      for (const key of fields.config) config[key] = String(values[key] ?? '');
      for (const key of fields.secrets) if (values[key]) config[key] = String(values[key]);
      const patch: ChannelPatch = { enabled: Boolean(values.enabled), config };
      return updateChannel(channel.id, patch);
    },
    onSuccess: () => {
      message.success(t('common.saved'));
      void client.invalidateQueries({ queryKey: ['channels'] });
      onClose();
    },
    onError: (e) => {
      if (!(e instanceof ApiError) || !e.fields) return void message.error(e.message);
      const known = new Set([...fields.config, ...fields.secrets]);
      const onForm = Object.entries(e.fields).map(([path, errors]) => ({ name: path.replace(/^config\./, ''), errors }));
      form.setFields(onForm.filter((f) => known.has(f.name) || f.name === 'enabled'));
      const elsewhere = onForm.filter((f) => !known.has(f.name) && f.name !== 'enabled');
      if (elsewhere.length > 0) message.error(elsewhere.flatMap((f) => f.errors).join('；'));
    },
  });
  return (
    <Modal open title={channel.name} okText={t('common.save')} confirmLoading={save.isPending} onOk={() => form.submit()} onCancel={onClose} destroyOnClose>
      <Form form={form} layout="vertical" initialValues={{ enabled: channel.enabled, ...channel.config }} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="enabled" label={t('admin.enabled')} valuePropName="checked">
          <Switch disabled={channel.kind === 'in-app'} />
        </Form.Item>
        {fields.config.map((key) => (
          <Form.Item key={key} name={key} label={channelFieldLabel(t, key)}>
            <Input />
          </Form.Item>
        ))}
        {fields.secrets.map((key) => (
          <Form.Item key={key} name={key} label={channelFieldLabel(t, key)} extra={t('admin.secretHint')}>
            <Input.Password autoComplete="new-password" placeholder={channel.secretsSet?.includes(key) ? t('admin.secretSet') : t('admin.secretUnset')} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
