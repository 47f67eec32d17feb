import { useQuery } from '@tanstack/react-query';
import { getDefinitionXml } from '../../process-view/api/instance.api';
import { listVersions } from '../api/processes.api';

export function useVersions(processId: string | undefined) {
  return useQuery({ queryKey: ['process-versions', processId], queryFn: () => listVersions(processId!), enabled: !!processId });
}

export function useDefinitionXml(definitionKey: string | undefined) {
  return useQuery({
    queryKey: ['definition-xml', definitionKey],
    queryFn: () => getDefinitionXml(definitionKey!),
    enabled: !!definitionKey,
    staleTime: Infinity, // a deployed version never changes
  });
}
