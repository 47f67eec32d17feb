import { useQuery } from '@tanstack/react-query';
import { Alert, Button, List, Switch, Tag } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/hooks/useT';
import { listChannels, updateChannel, type NotificationChannel } from '../api/settings.api';
import { channelFieldLabel } from '../utils/channel-fields.util';
import { ChannelDialog } from './ChannelDialog';
import { useAdminMutation } from './useAdminMutation';

/** In-app, e-mail, SMS: turned on and off and set up here; write-only secrets show only whether they are set. */
export function ChannelsTab() {
  const t = useT();
  const channels = useQuery({ queryKey: ['channels'], queryFn: listChannels });
  const toggle = useAdminMutation((c: NotificationChannel) => updateChannel(c.id, { enabled: !c.enabled }), ['channels']);
  const [editing, setEditing] = useState<NotificationChannel | null>(null);
  return (
    <>
      {channels.error && <Alert type="error" showIcon message={channels.error.message} style={{ marginBottom: 12 }} />}
      <List
        loading={channels.isPending}
        dataSource={channels.data ?? []}
        renderItem={(c) => (
          <List.Item
            data-testid={`channel-${c.id}`}
            actions={[
              ...(c.fields && c.fields.config.length + c.fields.secrets.length > 0
                ? [
                    <Button key="e" size="small" onClick={() => setEditing(c)}>
                      {t('common.edit')}
                    </Button>,
                  ]
                : []),
              <Switch key="s" checked={c.enabled} disabled={c.kind === 'in-app'} loading={toggle.isPending} onChange={() => toggle.mutate(c)} />,
            ]}
          >
            <List.Item.Meta
              title={
                <>
                  <span>{c.name}</span> <Tag>{c.kind}</Tag>
                  {c.source === 'file' && <Tag>{t('admin.channelFromFile')}</Tag>}
                </>
              }
              description={[
                ...Object.entries(c.config).map(([k, v]) => `${channelFieldLabel(t, k)}: ${v}`),
                ...(c.secretsSet ?? []).map((k) => `${channelFieldLabel(t, k)}: ${t('admin.secretSet')}`),
              ].join(' · ')}
            />
          </List.Item>
        )}
      />
      {editing && <ChannelDialog channel={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
