import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { claimTask, listTasks, unclaimTask } from '../api/inbox.api';
import type { InboxCriteria, InboxView } from '../utils/inbox-criteria.util';

/**
 * Live events only reach the people a task is for, and one can be missed while the stream reconnects; a supervisor
 * watching 全部 would wait for ever. So the list also refreshes on a slow timer while it is on screen.
 */
const INBOX_REFRESH_MS = 15_000;

export function useInboxTasks(view: InboxView, criteria: InboxCriteria) {
  return useInfiniteQuery({
    queryKey: ['inbox', view, criteria],
    queryFn: ({ pageParam }) => listTasks(view, criteria, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: INBOX_REFRESH_MS,
  });
}

/** Claim or hand back a task; the inbox refreshes either way (someone else may have been quicker). */
export function useClaim() {
  const client = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: ({ taskId, claim }: { taskId: string; claim: boolean }) => (claim ? claimTask(taskId) : unclaimTask(taskId)),
    onError: (error) => message.error(error.message),
    onSettled: (_data, _error, { taskId }) => {
      void client.invalidateQueries({ queryKey: ['inbox'] });
      void client.invalidateQueries({ queryKey: ['task', taskId] });
    },
  });
}
