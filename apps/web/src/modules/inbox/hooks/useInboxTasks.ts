import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { claimTask, listTasks, unclaimTask } from '../api/inbox.api';
import type { InboxCriteria, InboxView } from '../utils/inbox-criteria.util';

export function useInboxTasks(view: InboxView, criteria: InboxCriteria) {
  return useInfiniteQuery({
    queryKey: ['inbox', view, criteria],
    queryFn: ({ pageParam }) => listTasks(view, criteria, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
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
