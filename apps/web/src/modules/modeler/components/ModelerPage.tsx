import { CloudUploadOutlined, DownloadOutlined, FileAddOutlined, FolderOpenOutlined, HistoryOutlined, PlayCircleOutlined } from '@ant-design/icons';
import type { LintReport } from '@camunda/linting';
import { Alert, Button, Card, Flex, Select, Spin, Tag, Upload } from 'antd';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useT } from '../../i18n/hooks/useT';
import { useProcesses } from '../../shared/hooks/useReference';
import { useProcessXml, useVersions } from '../hooks/useProcessXml';
import { bundleRefs, type BundleRefs } from '../utils/bundle-refs.util';
import { executableProcessId, newDiagramXml } from '../utils/new-diagram.util';
import type { BpmnEditorHandle } from './BpmnEditor';
import { DeployDialog } from './DeployDialog';
import { ProblemsPanel } from './ProblemsPanel';
import { StartInstanceDialog } from './StartInstanceDialog';
import { VersionsDrawer } from './VersionsDrawer';

const BpmnEditor = lazy(() => import('./BpmnEditor'));

type Dialog = { kind: 'deploy'; processId: string; xml: string; refs: BundleRefs } | { kind: 'versions' } | { kind: 'start' } | null;

/** The Camunda 8 modeler: open a deployed process (latest version), edit, lint, deploy a bundle, compare, start. */
export function ModelerPage() {
  const t = useT();
  const navigate = useNavigate();
  const { processId } = useParams();
  const processes = useProcesses();
  const versions = useVersions(processId);
  const latest = versions.data?.[0];
  const deployedXml = useProcessXml(processId, latest?.version);
  const [localXml, setLocalXml] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [problems, setProblems] = useState<LintReport[]>([]);
  const [editorError, setEditorError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const editor = useRef<BpmnEditorHandle>(null);

  // Opening another process drops a diagram that was created or loaded from a file.
  useEffect(() => setLocalXml(null), [processId]);
  const xml = localXml ?? deployedXml.data ?? null;
  const errors = problems.filter((p) => p.category === 'error' || p.category === 'rule-error').length;

  const openDeploy = async () => {
    if (!editor.current) return;
    const definitions = editor.current.definitions();
    const id = executableProcessId(definitions);
    if (!id) return setEditorError('No executable process in this diagram');
    setDialog({ kind: 'deploy', processId: id, xml: await editor.current.saveXML(), refs: bundleRefs(definitions) });
  };
  const download = async () => {
    const content = await editor.current?.saveXML();
    if (!content) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([content], { type: 'application/xml' }));
    link.download = `${processId ?? 'diagram'}.bpmn`;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  const loadError = versions.error ?? deployedXml.error;

  return (
    <Card
      title={t('nav.modeler')}
      size="small"
      extra={
        <Flex gap={8} wrap>
          <Select
            placeholder={t('modeler.open')}
            value={processId}
            onChange={(id) => navigate(`/modeler/${id}`)}
            options={(processes.data ?? []).map((p) => ({ value: p.id, label: `${p.name}（${p.id}）` }))}
            style={{ minWidth: 260 }}
            popupMatchSelectWidth={false}
            data-testid="modeler-open"
          />
          <Button icon={<FileAddOutlined />} onClick={() => setLocalXml(newDiagramXml(`Process_${Math.random().toString(36).slice(2, 8)}`, '新流程'))}>
            {t('modeler.new')}
          </Button>
          <Upload accept=".bpmn,.xml" showUploadList={false} beforeUpload={(file) => (void file.text().then(setLocalXml), false)}>
            <Button icon={<FolderOpenOutlined />} />
          </Upload>
        </Flex>
      }
    >
      <Flex gap={8} wrap align="center" style={{ marginBottom: 8 }}>
        <Button type="primary" icon={<CloudUploadOutlined />} disabled={!xml || errors > 0} onClick={openDeploy} data-testid="deploy">
          {t('modeler.deploy')}
        </Button>
        <Button icon={<HistoryOutlined />} disabled={!versions.data?.length} onClick={() => setDialog({ kind: 'versions' })} data-testid="versions-open">
          {t('modeler.versions')}
        </Button>
        <Button icon={<PlayCircleOutlined />} disabled={!versions.data?.length} onClick={() => setDialog({ kind: 'start' })} data-testid="start-open">
          {t('modeler.start')}
        </Button>
        <Button icon={<DownloadOutlined />} disabled={!xml} onClick={download} />
        {latest && <Tag data-testid="modeler-version">v{latest.version}</Tag>}
        {dirty && <Tag color="orange">{t('modeler.unsaved')}</Tag>}
        {errors > 0 && <Tag color="red">{t('modeler.hasErrors', { count: errors })}</Tag>}
      </Flex>
      {(loadError ?? editorError) && <Alert type="error" showIcon message={loadError?.message ?? editorError} style={{ marginBottom: 8 }} />}
      {!xml && (versions.isFetching || deployedXml.isFetching) && <Spin style={{ display: 'block', margin: 48 }} />}
      {xml && (
        <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
          <BpmnEditor ref={editor} xml={xml} onDirty={setDirty} onProblems={setProblems} onError={setEditorError} />
          <div style={{ marginTop: 8 }}>
            <ProblemsPanel problems={problems} onSelect={(id) => editor.current?.select(id)} />
          </div>
        </Suspense>
      )}
      {dialog?.kind === 'deploy' && (
        <DeployDialog
          processId={dialog.processId}
          xml={dialog.xml}
          refs={dialog.refs}
          onClose={() => setDialog(null)}
          onDeployed={() => {
            setDialog(null);
            setDirty(false);
            setLocalXml(dialog.xml);
            if (dialog.processId !== processId) navigate(`/modeler/${dialog.processId}`);
          }}
        />
      )}
      {dialog?.kind === 'versions' && editor.current && (
        <VersionsDrawer processId={processId!} versions={versions.data ?? []} parse={editor.current.parse} current={editor.current.definitions} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'start' && processId && <StartInstanceDialog processId={processId} versions={versions.data ?? []} onClose={() => setDialog(null)} />}
    </Card>
  );
}
