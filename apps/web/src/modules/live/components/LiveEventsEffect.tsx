import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/hooks/useT';
import { parseLiveEvent } from '../utils/parse-live-event.util';
import { LIVE_EVENT_TYPES } from '../utils/live-event.types';

/**
 * Listens to the server's event stream while logged in: refreshes the inbox and item pages and tells the user
 * when a new task arrives. EventSource reconnects by itself after a dropped connection.
 */
export function LiveEventsEffect() {
  const client = useQueryClient();
  const { notification } = App.useApp();
  const navigate = useNavigate();
  const t = useT();

  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/events', { withCredentials: true });
    const handle = (message: MessageEvent<string>) => {
      const event = parseLiveEvent(message.type, message.data);
      if (!event) return;
      if (event.type === 'item.updated') {
        void client.invalidateQueries({ queryKey: ['item', event.data.itemId] });
        return;
      }
      void client.invalidateQueries({ queryKey: ['inbox'] });
      void client.invalidateQueries({ queryKey: ['task', event.data.taskId] });
      if (event.data.itemId) void client.invalidateQueries({ queryKey: ['item', event.data.itemId] });
      if (event.type === 'task.created') {
        const { taskId, name, itemTitle } = event.data;
        notification.info({
          key: `task-${taskId}`,
          message: t('inbox.newTask', { name }),
          description: itemTitle ?? t('inbox.newTaskHint'),
          onClick: () => navigate(`/tasks/${taskId}`),
          placement: 'topRight',
        });
      }
    };
    LIVE_EVENT_TYPES.forEach((type) => source.addEventListener(type, handle as EventListener));
    // Events sent while the stream was down are lost: catch up whenever it (re)connects.
    source.addEventListener('open', () => void client.invalidateQueries({ queryKey: ['inbox'] }));
    return () => source.close();
  }, [client, notification, navigate, t]);

  return null;
}
