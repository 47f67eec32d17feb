import type { PersonRef } from '../../inbox/api/inbox.api';
import { api } from '../../shared/api/http-client';

export interface ProcessVersion {
  version: number;
  processDefinitionKey: string;
  deploymentKey: string;
  deployedAt: string;
  deployedBy?: PersonRef | null;
}

export interface DeployResource {
  /** File name with its kind's extension: .bpmn, .dmn or .form. */
  name: string;
  content: string;
}

export interface DeploymentResult {
  key: string;
  processes: { bpmnProcessId: string; version: number; processDefinitionKey: string }[];
  decisions: { decisionId: string; version: number }[];
  forms: { formId: string; version: number }[];
}

/** GET /api/processes/:processId/versions → ProcessVersion[] (newest first). */
export function listVersions(processId: string): Promise<ProcessVersion[]> {
  return api<ProcessVersion[]>(`/processes/${encodeURIComponent(processId)}/versions`);
}

/**
 * POST /api/deployments {resources} → DeploymentResult. All or nothing: a 400 names the resource and element
 * that the engine refused, and nothing of the bundle is deployed.
 */
export function deployBundle(resources: DeployResource[]): Promise<DeploymentResult> {
  return api<DeploymentResult>('/deployments', { method: 'POST', body: { resources } });
}

/** POST /api/processes/:processId/instances {version?, variables} → { processInstanceKey, version, itemId? }. */
export function startInstance(
  processId: string,
  body: { version?: number; variables: Record<string, unknown> },
): Promise<{ processInstanceKey: string; version: number; itemId?: string | null }> {
  return api(`/processes/${encodeURIComponent(processId)}/instances`, { method: 'POST', body });
}
