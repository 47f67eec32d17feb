import { useQuery } from '@tanstack/react-query';
import { getTenant, listProcesses, listRoles, listUnits } from '../api/reference.api';

export function useProcesses() {
  return useQuery({ queryKey: ['processes'], queryFn: listProcesses, staleTime: 60_000 });
}

export function useUnits() {
  return useQuery({ queryKey: ['units'], queryFn: listUnits, staleTime: 5 * 60_000 });
}

export function useTenant() {
  return useQuery({ queryKey: ['tenant'], queryFn: getTenant, staleTime: 5 * 60_000 });
}

export function useRoles() {
  return useQuery({ queryKey: ['roles'], queryFn: listRoles, staleTime: 5 * 60_000 });
}

/** A unit's name by id, once the unit list is loaded. */
export function useUnitName(unitId: string | null | undefined): string | undefined {
  const units = useUnits();
  return unitId ? units.data?.find((u) => u.id === unitId)?.name : undefined;
}
