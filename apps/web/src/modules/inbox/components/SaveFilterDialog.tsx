import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import { useSession } from '../../auth/hooks/useSession';
import { useT } from '../../i18n/hooks/useT';
import { useRoles } from '../../shared/hooks/useReference';
import { saveFilter } from '../api/inbox.api';
import type { InboxCriteria } from '../utils/inbox-criteria.util';

/** Loaded only when opened: antd's Form is heavy and the inbox route must stay small. */
export default function SaveFilterDialog({ criteria, onClose }: { criteria: InboxCriteria; onClose: () => void }) {
  const t = useT();
  const { user } = useSession();
  const { message } = App.useApp();
  const client = useQueryClient();
  const roles = useRoles();
  const myRoles = (roles.data ?? []).filter((r) => user?.roles.includes(r.code));
  const [form] = Form.useForm<{ name: string; sharedWithRole?: string }>();
  const save = useMutation({
    mutationFn: saveFilter,
    onSuccess: () => {
      message.success(t('common.saved'));
      void client.invalidateQueries({ queryKey: ['inbox-filters'] });
      onClose();
    },
    onError: (e) => message.error(e.message),
  });
  return (
    <Modal open title={t('inbox.saveFilter')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending}>
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate({ name: v.name, criteria, sharedWithRole: v.sharedWithRole ?? null })}>
        <Form.Item name="name" label={t('inbox.filterName')} rules={[{ required: true, max: 60 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="sharedWithRole" label={t('inbox.shareWithRole')}>
          <Select allowClear options={myRoles.map((r) => ({ value: r.code, label: r.name }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
