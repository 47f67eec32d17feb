import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Checkbox, List, Modal } from 'antd';
import { useMemo, useState } from 'react';
import { useSession } from '../../auth/hooks/useSession';
import { useT } from '../../i18n/hooks/useT';
import { readDrafts, removeDrafts, type Draft } from '../../shared/utils/drafts.util';
import { deployBundle, type DeploymentResult } from '../api/processes.api';
import type { BundleRefs } from '../utils/bundle-refs.util';

interface Props {
  processId: string;
  xml: string;
  refs: BundleRefs;
  onClose: () => void;
  onDeployed: (result: DeploymentResult) => void;
}

/**
 * Deploys the diagram together with the form and decision drafts the user ticks, as one bundle: the server
 * deploys all of it or none. Drafts the diagram links to are ticked by default.
 */
export function DeployDialog({ processId, xml, refs, onClose, onDeployed }: Props) {
  const t = useT();
  const { user } = useSession();
  const { message } = App.useApp();
  const client = useQueryClient();
  const drafts = useMemo(() => (user ? readDrafts(localStorage, user.tenantId).filter((d) => d.kind !== 'bpmn') : []), [user]);
  const linked = (d: Draft) => (d.kind === 'form' ? refs.formIds.includes(d.id) : refs.decisionIds.some((id) => d.content.includes(`id="${id}"`)));
  const [chosen, setChosen] = useState<string[]>(drafts.filter(linked).map((d) => d.name));
  const deploy = useMutation({
    mutationFn: () =>
      deployBundle([{ name: `${processId}.bpmn`, content: xml }, ...drafts.filter((d) => chosen.includes(d.name)).map((d) => ({ name: d.name, content: d.content }))]),
    onSuccess: (result) => {
      if (user) removeDrafts(localStorage, user.tenantId, chosen);
      const version = result.resources.find((r) => r.kind === 'bpmn' && r.id === processId)?.version;
      message.success(t('modeler.deployed', { version: version ?? '?' }));
      void client.invalidateQueries({ queryKey: ['processes'] });
      void client.invalidateQueries({ queryKey: ['process-versions', processId] });
      onDeployed(result);
    },
  });
  return (
    <Modal open title={t('modeler.deploy')} onCancel={onClose} onOk={() => deploy.mutate()} okText={t('modeler.deploy')} confirmLoading={deploy.isPending} okButtonProps={{ 'data-testid': 'deploy-confirm' } as Record<string, string>}>
      {deploy.error && <Alert type="error" showIcon message={deploy.error.message} style={{ marginBottom: 12 }} />}
      <p>
        <strong>{processId}.bpmn</strong>
      </p>
      <List
        size="small"
        header={t('modeler.bundle')}
        locale={{ emptyText: t('common.empty') }}
        dataSource={drafts}
        renderItem={(d) => (
          <List.Item>
            <Checkbox checked={chosen.includes(d.name)} onChange={(e) => setChosen(e.target.checked ? [...chosen, d.name] : chosen.filter((n) => n !== d.name))}>
              {d.name}
            </Checkbox>
          </List.Item>
        )}
      />
    </Modal>
  );
}
