import { CloudUploadOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Space } from 'antd';
import { useSession } from '../../auth/hooks/useSession';
import { useT } from '../../i18n/hooks/useT';
import { deployBundle } from '../../modeler/api/processes.api';
import { removeDrafts, saveDraft, type DraftKind } from '../utils/drafts.util';

interface Props {
  kind: DraftKind;
  /** Reads the editor's current content and id (form id or DMN definitions id). */
  read: () => Promise<{ id: string; content: string }>;
}

/** 保存草稿 keeps the edit for the modeler's next deploy bundle; 部署 deploys this file on its own now. */
export function DraftActions({ kind, read }: Props) {
  const t = useT();
  const { user } = useSession();
  const { message } = App.useApp();
  const deploy = useMutation({
    mutationFn: async () => {
      const { id, content } = await read();
      const name = `${id}.${kind}`;
      await deployBundle([{ name, content }]);
      if (user) removeDrafts(localStorage, user.tenantId, [name]);
    },
    onSuccess: () => message.success(t('modeler.deployed', { version: '✓' })),
    onError: (e) => message.error(e.message),
  });
  const save = async () => {
    if (!user) return;
    const { id, content } = await read();
    saveDraft(localStorage, user.tenantId, kind, id, content);
    message.success(t('common.saved'));
  };
  return (
    <Space>
      <Button icon={<SaveOutlined />} onClick={save} data-testid="save-draft">
        {t('common.save')}
      </Button>
      <Button type="primary" icon={<CloudUploadOutlined />} loading={deploy.isPending} onClick={() => deploy.mutate()}>
        {t('modeler.deploy')}
      </Button>
    </Space>
  );
}
