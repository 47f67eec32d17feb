import { useQuery } from '@tanstack/react-query';
import { Alert, Drawer, Empty, Flex, List, Select, Spin, Tag } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/hooks/useT';
import { getProcessXml } from '../../process-view/api/history.api';
import { formatDateTime } from '../../shared/utils/date.util';
import type { ResourceVersion } from '../api/processes.api';
import { diffDefinitions, type BpmnDiff, type ModdleLike } from '../utils/bpmn-diff.util';

const EDITING = 'editing';

interface Props {
  processId: string;
  versions: ResourceVersion[];
  /** Parses XML with the modeler's moddle; `current` is the diagram as edited now. */
  parse: (xml: string) => Promise<ModdleLike>;
  current: () => ModdleLike;
  onClose: () => void;
}

/** Versions of the process and what changed between two of them (or between one and the diagram being edited). */
export function VersionsDrawer({ processId, versions, parse, current, onClose }: Props) {
  const t = useT();
  const [from, setFrom] = useState<number | undefined>(versions[1]?.version ?? versions[0]?.version);
  const [to, setTo] = useState<number | typeof EDITING>(versions[1] ? versions[0].version : EDITING);
  const diff = useQuery({
    queryKey: ['bpmn-diff', from, to, to === EDITING ? Date.now() : 0],
    enabled: !!from,
    queryFn: async (): Promise<BpmnDiff> => {
      const a = await parse(await getProcessXml(processId, from!));
      const b = to === EDITING ? current() : await parse(await getProcessXml(processId, to));
      return diffDefinitions(a, b);
    },
  });
  const options = versions.map((v) => ({ value: v.version, label: `v${v.version}` }));
  return (
    <Drawer open title={t('modeler.versions')} width={Math.min(640, window.innerWidth)} onClose={onClose}>
      <List
        size="small"
        dataSource={versions}
        locale={{ emptyText: t('common.empty') }}
        data-testid="versions"
        renderItem={(v) => (
          <List.Item>
            <strong>v{v.version}</strong>
            <span>
              {formatDateTime(v.deployedAt)}
              {v.deployedBy ? ` · ${v.deployedBy}` : ''}
            </span>
          </List.Item>
        )}
      />
      <Flex gap={8} align="center" style={{ margin: '16px 0' }}>
        {t('modeler.diff')}
        <Select value={from} onChange={setFrom} options={options} style={{ width: 100 }} />→
        <Select<number | typeof EDITING> value={to} onChange={setTo} options={[{ value: EDITING, label: t('modeler.unsaved') }, ...options]} style={{ width: 160 }} />
      </Flex>
      {diff.error && <Alert type="error" showIcon message={diff.error.message} />}
      {diff.isFetching && <Spin />}
      {diff.data && <DiffView diff={diff.data} />}
    </Drawer>
  );
}

function DiffView({ diff }: { diff: BpmnDiff }) {
  const t = useT();
  if (!diff.added.length && !diff.removed.length && !diff.changed.length) return <Empty description={t('common.empty')} />;
  return (
    <List size="small" bordered data-testid="version-diff">
      {diff.added.map((e) => (
        <List.Item key={`a-${e.id}`}>
          <Tag color="green">{t('modeler.added')}</Tag> {e.name ?? e.id} <code>{e.type}</code>
        </List.Item>
      ))}
      {diff.removed.map((e) => (
        <List.Item key={`r-${e.id}`}>
          <Tag color="red">{t('modeler.removed')}</Tag> {e.name ?? e.id} <code>{e.type}</code>
        </List.Item>
      ))}
      {diff.changed.map((e) => (
        <List.Item key={`c-${e.id}`} style={{ display: 'block' }}>
          <Tag color="gold">{t('modeler.changed')}</Tag> {e.name ?? e.id}
          {e.changes.map((c) => (
            <div key={c.path} style={{ fontSize: 12, marginLeft: 16, wordBreak: 'break-all' }}>
              <code>{c.path}</code>: <del>{c.before ?? '∅'}</del> → <ins>{c.after ?? '∅'}</ins>
            </div>
          ))}
        </List.Item>
      ))}
    </List>
  );
}
