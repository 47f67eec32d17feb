import { api } from '../../shared/api/http-client';

/** apps/server ResourceVersionDto: one deployed version of a process, decision file or form. */
export interface ResourceVersion {
  version: number;
  key: string;
  resourceName: string;
  deployedAt: string;
  deployedBy: string | null;
}

export interface DeployResource {
  /** File name with its kind's extension: .bpmn, .dmn or .form. */
  name: string;
  content: string;
}

export interface DeploymentResult {
  /** Null when nothing changed (every resource equal to its latest version). */
  id: string | null;
  deploymentKey: string;
  resources: { kind: 'bpmn' | 'dmn' | 'form'; id: string; version: number; resourceName: string; created: boolean }[];
}

/** GET /api/processes/:processId/versions → newest first. */
export function listVersions(processId: string): Promise<ResourceVersion[]> {
  return api<ResourceVersion[]>(`/processes/${encodeURIComponent(processId)}/versions`);
}

/**
 * POST /api/processes/deployments {resources} → DeploymentResult. All or nothing: a 400 names the resource and
 * element the engine refused, and nothing of the bundle is deployed.
 */
export function deployBundle(resources: DeployResource[]): Promise<DeploymentResult> {
  return api<DeploymentResult>('/processes/deployments', { method: 'POST', body: { resources } });
}

/** POST /api/processes/:processId/instances {version?, variables} → { processInstanceKey, bpmnProcessId, version }. */
export function startInstance(
  processId: string,
  body: { version?: number; variables: Record<string, unknown> },
): Promise<{ processInstanceKey: string; bpmnProcessId: string; version: number }> {
  return api(`/processes/${encodeURIComponent(processId)}/instances`, { method: 'POST', body });
}
