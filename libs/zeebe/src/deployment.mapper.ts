import type { DeployResource, DeploymentResult } from '@duban/workflow';
import { WorkflowError, WorkflowErrorCode } from '@duban/workflow';

type SdkResource = { name: string; process: Buffer } | { name: string; decision: Buffer } | { name: string; form: Buffer };

/** The file name's ending decides the kind, as it does for Zeebe. */
export function toSdkResource(resource: DeployResource): SdkResource {
  const content = Buffer.isBuffer(resource.content) ? resource.content : Buffer.from(resource.content, 'utf8');
  const name = resource.name;
  if (/\.(bpmn|bpmn20\.xml)$/i.test(name)) return { name, process: content };
  if (/\.dmn$/i.test(name)) return { name, decision: content };
  if (/\.form$/i.test(name)) return { name, form: content };
  throw new WorkflowError(WorkflowErrorCode.InvalidArgument, `${name}: a resource name must end in .bpmn, .dmn or .form`, [
    { resourceName: name, message: 'unknown resource kind' },
  ]);
}

interface SdkDeployment {
  key: string;
  tenantId: string;
  deployments: Array<{
    process?: { bpmnProcessId: string; version: number; processDefinitionKey: string; resourceName: string; tenantId: string };
    decision?: { dmnDecisionId: string; version: number; decisionKey: string; dmnDecisionRequirementsId: string; tenantId: string };
    decisionRequirements?: { resourceName: string; dmnDecisionRequirementsId: string };
    form?: { formId: string; version: number; formKey: string; resourceName: string; tenantId: string };
  }>;
}

export function toDeploymentResult(response: unknown): DeploymentResult {
  const deployment = response as SdkDeployment;
  const requirementsResource = new Map<string, string>();
  for (const entry of deployment.deployments) {
    if (entry.decisionRequirements) {
      requirementsResource.set(entry.decisionRequirements.dmnDecisionRequirementsId, entry.decisionRequirements.resourceName);
    }
  }
  const result: DeploymentResult = { key: String(deployment.key), processes: [], decisions: [], forms: [], tenantId: deployment.tenantId };
  for (const { process, decision, form } of deployment.deployments) {
    if (process) {
      result.processes.push({
        bpmnProcessId: process.bpmnProcessId,
        version: Number(process.version),
        processDefinitionKey: String(process.processDefinitionKey),
        resourceName: process.resourceName,
        tenantId: process.tenantId,
      });
    }
    if (decision) {
      result.decisions.push({
        decisionId: decision.dmnDecisionId,
        decisionRequirementsId: decision.dmnDecisionRequirementsId,
        version: Number(decision.version),
        decisionKey: String(decision.decisionKey),
        resourceName: requirementsResource.get(decision.dmnDecisionRequirementsId) ?? '',
        tenantId: decision.tenantId,
      });
    }
    if (form) {
      result.forms.push({
        formId: form.formId,
        version: Number(form.version),
        formKey: String(form.formKey),
        resourceName: form.resourceName,
        tenantId: form.tenantId,
      });
    }
  }
  return result;
}
