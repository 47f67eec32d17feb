import { useMutation } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/hooks/useT';
import { startInstance, type ResourceVersion } from '../api/processes.api';

interface Values {
  version?: number;
  variables: string;
}

/** Starts an instance of a chosen version with variables typed as JSON (for trying a procedure out). */
export function StartInstanceDialog({ processId, versions, onClose }: { processId: string; versions: ResourceVersion[]; onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const start = useMutation({
    mutationFn: (v: Values) => startInstance(processId, { version: v.version, variables: JSON.parse(v.variables || '{}') as Record<string, unknown> }),
    onSuccess: (result) => {
      message.success(t('modeler.started', { key: result.processInstanceKey }));
      onClose();
      navigate(`/inbox?view=all&processId=${encodeURIComponent(result.bpmnProcessId)}`);
    },
  });
  return (
    <Modal open title={t('modeler.start')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={start.isPending} okButtonProps={{ 'data-testid': 'start-confirm' } as Record<string, string>}>
      {start.error && <Alert type="error" showIcon message={start.error.message} style={{ marginBottom: 12 }} />}
      <Form<Values> form={form} layout="vertical" initialValues={{ version: versions[0]?.version, variables: '{}' }} onFinish={(v) => start.mutate(v)}>
        <Form.Item name="version" label={t('modeler.versions')}>
          <Select options={versions.map((v) => ({ value: v.version, label: `v${v.version}` }))} data-testid="start-version" />
        </Form.Item>
        <Form.Item
          name="variables"
          label="variables (JSON)"
          rules={[
            {
              validator: async (_, value: string) => {
                const parsed: unknown = JSON.parse(value || '{}');
                if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('JSON object');
              },
            },
          ]}
        >
          <Input.TextArea rows={6} style={{ fontFamily: 'monospace' }} data-testid="start-variables" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
