import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { getItem, getItemTimeline, listItems, type ItemStatus } from '../api/items.api';

export function useItems(status: ItemStatus | undefined, text: string | undefined) {
  return useInfiniteQuery({
    queryKey: ['items', status, text],
    queryFn: ({ pageParam }) => listItems({ status, text, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useItem(id: string) {
  return useQuery({ queryKey: ['item', id], queryFn: () => getItem(id) });
}

export function useItemTimeline(id: string) {
  return useQuery({ queryKey: ['item', id, 'timeline'], queryFn: () => getItemTimeline(id) });
}
