import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { listPeople } from '../../admin/api/organisation.api';
import { useSession } from '../../auth/hooks/useSession';
import { capabilitiesOf } from '../../auth/utils/capabilities.util';
import { handOver } from '../../inbox/api/inbox.api';
import { useT } from '../../i18n/hooks/useT';
import type { TaskDetail } from '../api/task.api';

type Action = 'assign' | 'delegate';

/** 委派 (the assignee hands the work to someone and may take it back), 收回, and 指派 for 督查室. */
export function HandOverActions({ task }: { task: TaskDetail }) {
  const t = useT();
  const { user } = useSession();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [action, setAction] = useState<Action | null>(null);
  const [to, setTo] = useState<string | undefined>();
  const people = useQuery({ queryKey: ['people'], queryFn: listPeople, enabled: action !== null });
  const run = useMutation({
    mutationFn: (a: Action | 'give-back') => handOver(task.id, a, a === 'give-back' ? undefined : to),
    onSuccess: () => {
      setAction(null);
      void client.invalidateQueries({ queryKey: ['task', task.id] });
      void client.invalidateQueries({ queryKey: ['inbox'] });
    },
    onError: (e) => message.error(e.message),
  });
  if (!user || task.status !== 'open') return null;
  const mine = task.assignee?.id === user.code;
  const delegated = !!task.owner && (task.owner.id === user.code || mine);
  const mayAssign = capabilitiesOf(user).has('allItems');
  return (
    <Space wrap>
      {mine && !task.owner && <Button onClick={() => setAction('delegate')}>{t('task.delegate')}</Button>}
      {delegated && <Button onClick={() => run.mutate('give-back')}>{t('task.giveBack')}</Button>}
      {mayAssign && <Button onClick={() => setAction('assign')}>{t('task.assign')}</Button>}
      <Modal open={action !== null} title={action ? t(`task.${action}`) : ''} onCancel={() => setAction(null)} onOk={() => run.mutate(action!)} okButtonProps={{ disabled: !to }} confirmLoading={run.isPending}>
        <Select
          showSearch
          optionFilterProp="label"
          style={{ width: '100%' }}
          loading={people.isPending}
          value={to}
          onChange={setTo}
          options={(people.data ?? []).filter((p) => p.active && p.code !== user.code).map((p) => ({ value: p.code, label: `${p.name}（${p.code}）` }))}
        />
      </Modal>
    </Space>
  );
}
