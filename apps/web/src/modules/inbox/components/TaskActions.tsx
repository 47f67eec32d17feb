import { Button, Space } from 'antd';
import { useNavigate } from 'react-router';
import { useSession } from '../../auth/hooks/useSession';
import { useT } from '../../i18n/hooks/useT';
import type { TaskSummary } from '../api/inbox.api';
import { useClaim } from '../hooks/useInboxTasks';

/** Claim an unassigned open task, give back one's own, or open it. */
export function TaskActions({ task }: { task: TaskSummary }) {
  const t = useT();
  const navigate = useNavigate();
  const { user } = useSession();
  const claim = useClaim();
  const open = task.status === 'open';
  const mine = !!user && task.assignee?.id === user.code;
  return (
    <Space size={4} wrap>
      {open && !task.assignee && (
        <Button size="small" loading={claim.isPending} onClick={() => claim.mutate({ taskId: task.id, claim: true })} data-testid="claim">
          {t('inbox.claim')}
        </Button>
      )}
      {open && mine && (
        <Button size="small" type="text" loading={claim.isPending} onClick={() => claim.mutate({ taskId: task.id, claim: false })}>
          {t('inbox.unclaim')}
        </Button>
      )}
      <Button size="small" type={open ? 'primary' : 'default'} onClick={() => navigate(`/tasks/${task.id}`)} data-testid="open-task">
        {t('inbox.open')}
      </Button>
    </Space>
  );
}
