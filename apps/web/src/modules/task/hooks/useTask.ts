import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { completeTask, getTask } from '../api/task.api';

export function useTask(taskId: string) {
  return useQuery({ queryKey: ['task', taskId], queryFn: () => getTask(taskId) });
}

export function useCompleteTask(taskId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (variables: Record<string, unknown>) => completeTask(taskId, variables),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['inbox'] });
      void client.invalidateQueries({ queryKey: ['task', taskId] });
      void client.invalidateQueries({ queryKey: ['item'] });
    },
  });
}
