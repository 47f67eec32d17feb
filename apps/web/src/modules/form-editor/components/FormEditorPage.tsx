import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Flex, List, Spin } from 'antd';
import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useSession } from '../../auth/hooks/useSession';
import type { FormSchema } from '../../forms/components/FormViewer';
import { useT } from '../../i18n/hooks/useT';
import { ApiError } from '../../shared/api/http-client';
import { DraftActions } from '../../shared/components/DraftActions';
import { ResourcePicker } from '../../shared/components/ResourcePicker';
import { useProcesses } from '../../shared/hooks/useReference';
import { formatDateTime } from '../../shared/utils/date.util';
import { readDrafts } from '../../shared/utils/drafts.util';
import { getForm, listForms } from '../api/forms.api';
import type { FormEditorHandle } from './FormEditorCanvas';

const FormEditorCanvas = lazy(() => import('./FormEditorCanvas'));

const blankForm = (id: string): FormSchema => ({ id, type: 'default', schemaVersion: 18, components: [] });

/** Edits a form by id: a saved draft first, else the latest deployed version, else a new blank form. */
export function FormEditorPage() {
  const t = useT();
  const navigate = useNavigate();
  const { formId } = useParams();
  const { user } = useSession();
  const processes = useProcesses();
  const deployedForms = useQuery({ queryKey: ['forms'], queryFn: listForms });
  const [error, setError] = useState<string | null>(null);
  const editor = useRef<FormEditorHandle>(null);
  const drafts = useMemo(() => (user ? readDrafts(localStorage, user.tenantId).filter((d) => d.kind === 'form') : []), [user]);
  const draft = drafts.find((d) => d.id === formId);
  const deployed = useQuery({ queryKey: ['form', formId], queryFn: () => getForm(formId!), enabled: !!formId && !draft });
  const notDeployed = deployed.error instanceof ApiError && deployed.error.status === 404;
  const schema = draft ? (JSON.parse(draft.content) as FormSchema) : deployed.data?.schema ?? (notDeployed && formId ? blankForm(formId) : undefined);
  const onError = useCallback((m: string) => setError(m), []);
  const read = async () => {
    const s = editor.current!.schema();
    return { id: String(s.id), content: JSON.stringify(s, null, 2) };
  };
  const known = [
    ...new Set([
      ...drafts.map((d) => d.id),
      ...(deployedForms.data ?? []).map((f) => f.formId),
      ...(processes.data ?? []).flatMap((p) => (p.startFormId ? [p.startFormId] : [])),
    ]),
  ].sort();
  const loadError = error ?? (deployed.error && !notDeployed ? deployed.error.message : null);
  return (
    <Card
      title={t('forms.title')}
      size="small"
      extra={
        <Flex gap={8} wrap>
          <ResourcePicker key={formId} value={formId} options={known} placeholder={t('forms.select')} onOpen={(id) => navigate(`/forms/${id}`)} />
          {formId && schema && <DraftActions kind="form" read={read} />}
        </Flex>
      }
    >
      {loadError && <Alert type="error" showIcon message={loadError} style={{ marginBottom: 8 }} />}
      {!formId && (
        <List
          size="small"
          data-testid="deployed-forms"
          loading={deployedForms.isPending}
          dataSource={deployedForms.data ?? []}
          renderItem={(f) => (
            <List.Item extra={`v${f.version} · ${formatDateTime(f.deployedAt)}`}>
              <Link to={`/forms/${f.formId}`}>{f.formId}</Link>
            </List.Item>
          )}
        />
      )}
      {formId && <Suspense fallback={<Spin />}>{schema ? <FormEditorCanvas key={formId} ref={editor} schema={schema} onError={onError} /> : <Spin />}</Suspense>}
    </Card>
  );
}
