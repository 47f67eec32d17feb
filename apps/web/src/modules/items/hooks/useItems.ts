import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { getItem, getItemTimeline, listItems, requestExtension, type ItemStatus } from '../api/items.api';

export function useItems(status: ItemStatus | undefined, text: string | undefined) {
  return useInfiniteQuery({
    queryKey: ['items', status, text],
    queryFn: ({ pageParam }) => listItems({ status, text, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useItem(id: string | null | undefined) {
  return useQuery({ queryKey: ['item', id], queryFn: () => getItem(id!), enabled: !!id });
}

export function useItemTimeline(id: string | null | undefined) {
  return useQuery({ queryKey: ['item', id, 'timeline'], queryFn: () => getItemTimeline(id!), enabled: !!id });
}

export function useRequestExtension(itemId: string, onDone: () => void) {
  const client = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: (body: { requestedLimit: string; reason: string }) => requestExtension(itemId, body),
    onSuccess: () => {
      onDone();
      void client.invalidateQueries({ queryKey: ['item', itemId] });
    },
    onError: (e) => message.error(e.message),
  });
}
