import { useQuery } from '@tanstack/react-query';
import { Alert, List, Switch, Tag } from 'antd';
import { listChannels, updateChannel, type NotificationChannel } from '../api/settings.api';
import { useAdminMutation } from './useAdminMutation';

/** In-app, SMS, e-mail channels: turned on and off here; their secrets stay in the server's environment. */
export function ChannelsTab() {
  const channels = useQuery({ queryKey: ['channels'], queryFn: listChannels });
  const toggle = useAdminMutation((c: NotificationChannel) => updateChannel(c.id, { enabled: !c.enabled }), ['channels']);
  return (
    <>
      {channels.error && <Alert type="error" showIcon message={channels.error.message} style={{ marginBottom: 12 }} />}
      <List
        loading={channels.isPending}
        dataSource={channels.data ?? []}
        renderItem={(c) => (
          <List.Item actions={[<Switch key="s" checked={c.enabled} loading={toggle.isPending} onChange={() => toggle.mutate(c)} />]}>
            <List.Item.Meta
              title={
                <>
                  {c.name} <Tag>{c.kind}</Tag>
                </>
              }
              description={Object.entries(c.config)
                .map(([k, v]) => `${k}: ${v}`)
                .join(' · ')}
            />
          </List.Item>
        )}
      />
    </>
  );
}
