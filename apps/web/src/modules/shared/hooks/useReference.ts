import { useQuery } from '@tanstack/react-query';
import { listProcesses, listUnits } from '../api/reference.api';

export function useProcesses() {
  return useQuery({ queryKey: ['processes'], queryFn: listProcesses, staleTime: 60_000 });
}

export function useUnits() {
  return useQuery({ queryKey: ['units'], queryFn: listUnits, staleTime: 5 * 60_000 });
}
