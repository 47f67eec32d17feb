import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Input, List } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/hooks/useT';
import { formatDateTime } from '../../shared/utils/date.util';
import { addComment, listComments } from '../api/task.api';

export function CommentsPanel({ taskId }: { taskId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [text, setText] = useState('');
  const comments = useQuery({ queryKey: ['task', taskId, 'comments'], queryFn: () => listComments(taskId) });
  const add = useMutation({
    mutationFn: () => addComment(taskId, text.trim()),
    onSuccess: () => {
      setText('');
      void client.invalidateQueries({ queryKey: ['task', taskId, 'comments'] });
    },
    onError: (e) => message.error(e.message),
  });
  return (
    <Flex vertical gap={12}>
      {comments.error && <Alert type="error" showIcon message={comments.error.message} />}
      <List
        loading={comments.isPending}
        dataSource={comments.data ?? []}
        locale={{ emptyText: t('common.empty') }}
        renderItem={(c) => (
          <List.Item>
            <List.Item.Meta title={`${c.authorName} · ${formatDateTime(c.createdAt)}`} description={<span style={{ whiteSpace: 'pre-wrap', color: 'inherit' }}>{c.body}</span>} />
          </List.Item>
        )}
      />
      <Input.TextArea value={text} onChange={(e) => setText(e.target.value)} rows={3} maxLength={2000} showCount />
      <div>
        <Button type="primary" disabled={!text.trim()} loading={add.isPending} onClick={() => add.mutate()}>
          {t('task.addComment')}
        </Button>
      </div>
    </Flex>
  );
}
