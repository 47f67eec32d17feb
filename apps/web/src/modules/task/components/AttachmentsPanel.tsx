import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, List, Upload } from 'antd';
import { useT } from '../../i18n/hooks/useT';
import { formatDateTime } from '../../shared/utils/date.util';
import { formatBytes } from '../../shared/utils/format-bytes.util';
import { attachmentUrl, listAttachments, uploadAttachment } from '../api/task.api';

/** The server enforces size and type; this limit only spares the user a long upload that would be refused. */
const MAX_MB = 20;

export function AttachmentsPanel({ taskId, canUpload }: { taskId: string; canUpload: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const client = useQueryClient();
  const attachments = useQuery({ queryKey: ['task', taskId, 'attachments'], queryFn: () => listAttachments(taskId) });
  const upload = useMutation({
    mutationFn: (file: File) => uploadAttachment(taskId, file),
    onSuccess: () => client.invalidateQueries({ queryKey: ['task', taskId, 'attachments'] }),
    onError: (e) => message.error(e.message),
  });
  return (
    <Flex vertical gap={12}>
      {attachments.error && <Alert type="error" showIcon message={attachments.error.message} />}
      {canUpload && (
        <Upload
          showUploadList={false}
          beforeUpload={(file) => {
            if (file.size > MAX_MB * 1024 * 1024) message.error(t('task.attachmentLimit', { size: MAX_MB }));
            else upload.mutate(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={upload.isPending}>
            {t('common.upload')}
          </Button>
        </Upload>
      )}
      <List
        loading={attachments.isPending}
        dataSource={attachments.data ?? []}
        locale={{ emptyText: t('common.empty') }}
        renderItem={(a) => (
          <List.Item>
            <a href={attachmentUrl(taskId, a.id)} download={a.name}>
              <PaperClipOutlined /> {a.name}
            </a>
            <span style={{ color: 'rgba(0,0,0,.45)' }}>
              {formatBytes(a.size)} · {a.uploadedBy} · {formatDateTime(a.uploadedAt)}
            </span>
          </List.Item>
        )}
      />
    </Flex>
  );
}
