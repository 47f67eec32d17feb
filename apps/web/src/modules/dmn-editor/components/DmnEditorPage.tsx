import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Flex, List, Spin, Tag } from 'antd';
import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useSession } from '../../auth/hooks/useSession';
import { useT } from '../../i18n/hooks/useT';
import { ApiError } from '../../shared/api/http-client';
import { DraftActions } from '../../shared/components/DraftActions';
import { ResourcePicker } from '../../shared/components/ResourcePicker';
import { formatDateTime } from '../../shared/utils/date.util';
import { readDrafts } from '../../shared/utils/drafts.util';
import { getLatestDecisionXml, listDecisions } from '../api/decisions.api';
import { blankDmn } from '../utils/blank-dmn.util';
import type { DmnCanvasHandle } from './DmnCanvas';

const DmnCanvas = lazy(() => import('./DmnCanvas'));

/** Edits a DMN file by its definitions id (e.g. a county's time limits): draft, else latest deployed, else new. */
export function DmnEditorPage() {
  const t = useT();
  const navigate = useNavigate();
  const { decisionId } = useParams();
  const { user } = useSession();
  const [error, setError] = useState<string | null>(null);
  const canvas = useRef<DmnCanvasHandle>(null);
  const drafts = useMemo(() => (user ? readDrafts(localStorage, user.tenantId).filter((d) => d.kind === 'dmn') : []), [user]);
  const draft = drafts.find((d) => d.id === decisionId);
  const deployedFiles = useQuery({ queryKey: ['decisions'], queryFn: listDecisions });
  const known = [...new Set([...drafts.map((d) => d.id), ...(deployedFiles.data ?? []).map((f) => f.decisionRequirementsId)])].sort();
  const deployed = useQuery({ queryKey: ['decision-xml', decisionId], queryFn: () => getLatestDecisionXml(decisionId!), enabled: !!decisionId && !draft });
  const notDeployed = deployed.data === null || (deployed.error instanceof ApiError && deployed.error.status === 404);
  const xml = draft?.content ?? deployed.data ?? (notDeployed && decisionId ? blankDmn(decisionId) : undefined);
  const onError = useCallback((m: string) => setError(m), []);
  const read = async () => {
    const saved = await canvas.current!.save();
    return { id: saved.id, content: saved.xml };
  };
  const loadError = error ?? (deployed.error && !notDeployed ? deployed.error.message : null);
  return (
    <Card
      title={t('dmn.title')}
      size="small"
      extra={
        <Flex gap={8} wrap>
          <ResourcePicker key={decisionId} value={decisionId} options={known} placeholder={t('dmn.select')} onOpen={(id) => navigate(`/dmn/${id}`)} />
          {decisionId && xml && <DraftActions kind="dmn" read={read} />}
        </Flex>
      }
    >
      {loadError && <Alert type="error" showIcon message={loadError} style={{ marginBottom: 8 }} />}
      {!decisionId && (
        <List
          size="small"
          data-testid="deployed-decisions"
          loading={deployedFiles.isPending}
          dataSource={deployedFiles.data ?? []}
          renderItem={(f) => (
            <List.Item extra={`v${f.version} · ${formatDateTime(f.deployedAt)}`}>
              <List.Item.Meta
                title={<Link to={`/dmn/${f.decisionRequirementsId}`}>{f.name ?? f.decisionRequirementsId}</Link>}
                description={f.decisionIds.map((id) => <Tag key={id}>{id}</Tag>)}
              />
            </List.Item>
          )}
        />
      )}
      {decisionId && <Suspense fallback={<Spin />}>{xml ? <DmnCanvas key={decisionId} ref={canvas} xml={xml} onError={onError} /> : <Spin />}</Suspense>}
    </Card>
  );
}
