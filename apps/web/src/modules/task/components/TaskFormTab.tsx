import { Alert, App, Button, Flex, Spin } from 'antd';
import { lazy, Suspense, useRef } from 'react';
import { useNavigate } from 'react-router';
import type { FormViewerHandle } from '../../forms/components/FormViewer';
import { useSession } from '../../auth/hooks/useSession';
import { useClaim } from '../../inbox/hooks/useInboxTasks';
import { useT } from '../../i18n/hooks/useT';
import { ApiError } from '../../shared/api/http-client';
import type { TaskDetail } from '../api/task.api';
import { useCompleteTask } from '../hooks/useTask';

const FormViewer = lazy(() => import('../../forms/components/FormViewer'));

/** The task's form-js form; 提交 validates it in the browser first, the server validates again. */
export function TaskFormTab({ task }: { task: TaskDetail }) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const form = useRef<FormViewerHandle>(null);
  const complete = useCompleteTask(task.id);
  const claim = useClaim();
  const { user } = useSession();
  const open = task.status === 'open';
  // The server decides on completion; this only chooses between the form and the 认领 prompt.
  const canComplete = open && !!user && task.assignee?.id === user.code;

  const submit = () => {
    const result = form.current ? form.current.submit() : { data: {}, errors: {} };
    if (Object.keys(result.errors).length > 0) {
      message.error(t('task.invalid'));
      return;
    }
    complete.mutate(result.data, {
      onSuccess: () => {
        message.success(t('task.completed'));
        navigate('/inbox');
      },
    });
  };

  const serverError = complete.error;
  const fieldProblems = serverError instanceof ApiError && serverError.fields ? Object.entries(serverError.fields) : [];

  return (
    <Flex vertical gap={16}>
      {open && !canComplete && (
        <Alert
          type="info"
          showIcon
          message={t('task.notAssigned')}
          action={
            !task.assignee && (
              <Button size="small" type="primary" loading={claim.isPending} onClick={() => claim.mutate({ taskId: task.id, claim: true })} data-testid="claim">
                {t('inbox.claim')}
              </Button>
            )
          }
        />
      )}
      {serverError && (
        <Alert
          type="error"
          showIcon
          message={serverError.message}
          description={fieldProblems.length ? fieldProblems.map(([field, problems]) => `${field}: ${problems.join('；')}`).join('\n') : undefined}
        />
      )}
      {task.form ? (
        <Suspense fallback={<Spin />}>
          <FormViewer ref={form} schema={task.form} data={task.variables} readOnly={!canComplete} />
        </Suspense>
      ) : (
        <Alert type="info" message={t('task.noForm')} />
      )}
      {canComplete && (
        <div>
          <Button type="primary" size="large" onClick={submit} loading={complete.isPending} data-testid="complete-task">
            {t('task.complete')}
          </Button>
        </div>
      )}
    </Flex>
  );
}
