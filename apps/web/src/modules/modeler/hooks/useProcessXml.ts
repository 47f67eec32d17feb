import { useQuery } from '@tanstack/react-query';
import { getProcessXml } from '../../process-view/api/history.api';
import { listVersions } from '../api/processes.api';

export function useVersions(processId: string | undefined) {
  return useQuery({ queryKey: ['process-versions', processId], queryFn: () => listVersions(processId!), enabled: !!processId });
}

export function useProcessXml(processId: string | undefined, version: number | undefined) {
  return useQuery({
    queryKey: ['process-xml', processId, version],
    queryFn: () => getProcessXml(processId!, version!),
    enabled: !!processId && !!version,
    staleTime: Infinity, // a deployed version never changes
  });
}
