import type { ResourceVersion } from '../../modeler/api/processes.api';
import { api } from '../../shared/api/http-client';

export interface DeployedDecisionFile {
  decisionRequirementsId: string;
  name: string | null;
  /** Latest deployed version. */
  version: number;
  /** The decisions in the file (what business rule tasks call). */
  decisionIds: string[];
  deployedAt: string;
}

/** GET /api/decisions → the tenant's deployed DMN files (latest version of each). */
export function listDecisions(): Promise<DeployedDecisionFile[]> {
  return api<DeployedDecisionFile[]>('/decisions');
}

/** GET /api/decisions/:id/versions (newest first) then …/versions/:v/xml: the latest deployed DMN, or null. */
export async function getLatestDecisionXml(decisionRequirementsId: string): Promise<string | null> {
  const id = encodeURIComponent(decisionRequirementsId);
  const versions = await api<ResourceVersion[]>(`/decisions/${id}/versions`);
  if (versions.length === 0) return null;
  return api<string>(`/decisions/${id}/versions/${versions[0].version}/xml`);
}
