import type { ResourceVersion } from '../../modeler/api/processes.api';
import { api } from '../../shared/api/http-client';

/** GET /api/decisions/:id/versions (newest first) then …/versions/:v/xml: the latest deployed DMN, or null. */
export async function getLatestDecisionXml(decisionRequirementsId: string): Promise<string | null> {
  const id = encodeURIComponent(decisionRequirementsId);
  const versions = await api<ResourceVersion[]>(`/decisions/${id}/versions`);
  if (versions.length === 0) return null;
  return api<string>(`/decisions/${id}/versions/${versions[0].version}/xml`);
}
