import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Select, Spin } from 'antd';
import { lazy, Suspense, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { FormViewerHandle } from '../../forms/components/FormViewer';
import { useT } from '../../i18n/hooks/useT';
import { ApiError } from '../../shared/api/http-client';
import { useProcesses } from '../../shared/hooks/useReference';
import { getForm, registerItem } from '../api/items.api';

const FormViewer = lazy(() => import('../../forms/components/FormViewer'));

/** 立项: pick the procedure, fill its start form, and the server starts the process. */
export function RegisterItemPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const client = useQueryClient();
  const processes = useProcesses();
  const startable = (processes.data ?? []).filter((p) => p.kind === 'item' || (!p.kind && p.startFormId));
  const [chosen, setChosen] = useState<string | undefined>();
  const processId = chosen ?? startable[0]?.id;
  const startFormId = startable.find((p) => p.id === processId)?.startFormId;
  const form = useRef<FormViewerHandle>(null);
  const startForm = useQuery({ queryKey: ['form', startFormId], queryFn: () => getForm(startFormId!), enabled: !!startFormId });
  const register = useMutation({
    mutationFn: (variables: Record<string, unknown>) => registerItem(processId!, variables),
    onSuccess: (item) => {
      message.success(t('item.registered', { number: item.number ?? item.title }));
      void client.invalidateQueries({ queryKey: ['items'] });
      void client.invalidateQueries({ queryKey: ['inbox'] });
      navigate(`/items/${item.id}`);
    },
  });
  const submit = () => {
    const result = form.current?.submit();
    if (!result) return;
    if (Object.keys(result.errors).length > 0) message.error(t('task.invalid'));
    else register.mutate(result.data);
  };
  const error = processes.error ?? startForm.error ?? register.error;
  const fields = register.error instanceof ApiError ? register.error.fields : undefined;

  return (
    <Card title={t('item.register')}>
      <Flex vertical gap={16}>
        <Select
          value={processId}
          onChange={setChosen}
          loading={processes.isPending}
          options={startable.map((p) => ({ value: p.id, label: p.name }))}
          placeholder={t('item.registerProcess')}
          style={{ maxWidth: 480 }}
          data-testid="register-process"
        />
        {error && (
          <Alert
            type="error"
            showIcon
            message={error.message}
            description={fields ? Object.entries(fields).map(([f, p]) => `${f}: ${p.join('；')}`).join('\n') : undefined}
          />
        )}
        {startForm.isFetching && <Spin />}
        {startForm.data && (
          <Suspense fallback={<Spin />}>
            <FormViewer key={startForm.data.key} ref={form} schema={startForm.data.schema} />
          </Suspense>
        )}
        <div>
          <Button type="primary" size="large" disabled={!startForm.data} loading={register.isPending} onClick={submit} data-testid="register-submit">
            {t('item.register')}
          </Button>
        </div>
      </Flex>
    </Card>
  );
}
