import { createHash } from 'node:crypto';
import {
  WorkflowError,
  WorkflowErrorCode,
  type DeployedDecision,
  type DeployedForm,
  type DeployedProcess,
  type DeploymentProblem,
  type DeploymentResult,
  type DeployResource,
} from '@duban/workflow';
import { parseDecisionRequirements } from '../dmn/decision-requirements-parser.js';
import type { DecisionRequirementsGraph } from '../dmn/decision-model.js';
import { parseBpmn } from '../model/bpmn-parser.js';
import type { ProcessModel } from '../model/model-types.js';
import type { CommandRunner } from './command-runner.js';
import { registerStartEvents } from './start-event-registration.js';

interface Parsed {
  resource: DeployResource;
  text: string;
  checksum: string;
  kind: 'bpmn' | 'dmn' | 'form';
  processes?: ProcessModel[];
  drg?: DecisionRequirementsGraph;
  formId?: string;
}

/**
 * Deploys BPMN, DMN and form resources together, all or nothing. An identical resource keeps its version (checksum of
 * the content); otherwise the version counts up per id and tenant. Deploying serializes per tenant (advisory lock).
 */
export async function deployResources(runner: CommandRunner, resources: DeployResource[], tenantId: string): Promise<DeploymentResult> {
  if (!Array.isArray(resources) || resources.length === 0) {
    throw new WorkflowError(WorkflowErrorCode.InvalidArgument, '没有要部署的资源 / no resources to deploy');
  }
  const parsed = await parseAll(resources);
  const s = runner.schema;
  const deployed = await runner.soloTransaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`deploy:${s}:${tenantId}`]);
    // engine processes that remember the latest versions forget them (see DefinitionRepository)
    await tx.query(`select pg_notify($1, '')`, [`${s.replace(/"/g, '')}_deploy`]);
    const deploymentKey = runner.keys.take();
    const now = runner.env(tx).now;
    await tx.query(`insert into ${s}.deployment (key, tenant_id, created_at) values ($1, $2, $3)`, [deploymentKey, tenantId, now]);
    const result: DeploymentResult = { key: deploymentKey, processes: [], decisions: [], forms: [], tenantId };
    for (const item of parsed) {
      if (item.kind === 'bpmn') {
        for (const model of item.processes!) result.processes.push(await deployProcess(runner, tx, item, model, tenantId, deploymentKey));
      } else if (item.kind === 'dmn') {
        result.decisions.push(...(await deployDecisions(runner, tx, item, tenantId, deploymentKey)));
      } else {
        result.forms.push(await deployForm(runner, tx, item, tenantId, deploymentKey));
      }
    }
    return result;
  });
  runner.definitions.forgetLatest();
  return deployed;
}

async function parseAll(resources: DeployResource[]): Promise<Parsed[]> {
  const problems: DeploymentProblem[] = [];
  const parsed: Parsed[] = [];
  for (const resource of resources) {
    const text = typeof resource.content === 'string' ? resource.content : resource.content.toString('utf8');
    const checksum = createHash('sha256').update(text).digest('hex');
    const name = resource.name ?? '';
    try {
      if (/\.bpmn$/i.test(name)) parsed.push({ resource, text, checksum, kind: 'bpmn', processes: await parseBpmn(text, name) });
      else if (/\.dmn$/i.test(name)) parsed.push({ resource, text, checksum, kind: 'dmn', drg: await parseDecisionRequirements(text, name) });
      else if (/\.form$/i.test(name)) parsed.push({ resource, text, checksum, kind: 'form', formId: formIdOf(text, name) });
      else problems.push({ resourceName: name, message: `${name}: 不支持的资源类型 / unsupported resource type (expected .bpmn, .dmn or .form)` });
    } catch (error) {
      if (error instanceof WorkflowError) problems.push(...(error.problems.length ? error.problems : [{ resourceName: name, message: error.message }]));
      else problems.push({ resourceName: name, message: `${name}: ${(error as Error).message}` });
    }
  }
  if (problems.length > 0) {
    throw new WorkflowError(
      WorkflowErrorCode.DeploymentRejected,
      `部署被拒绝 / deployment rejected: ${problems.map((p) => p.message + (p.line ? ` (line ${p.line}, column ${p.column})` : '')).join('; ')}`,
      problems,
    );
  }
  return parsed;
}

function formIdOf(text: string, name: string): string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`form is not valid JSON: ${(error as Error).message}`);
  }
  const id = (json as { id?: unknown } | null)?.id;
  if (typeof id !== 'string' || id === '') throw new Error(`form ${name} needs a string 'id'`);
  return id;
}

async function deployProcess(
  runner: CommandRunner,
  tx: import('pg').PoolClient,
  item: Parsed,
  model: ProcessModel,
  tenantId: string,
  deploymentKey: string,
): Promise<DeployedProcess> {
  const s = runner.schema;
  const checksum = `${item.checksum}:${model.bpmnProcessId}`;
  const { rows } = await tx.query<{ key: string; version: number; checksum: string }>(
    `select key::text, version, checksum from ${s}.process_definition where tenant_id = $1 and bpmn_process_id = $2 order by version desc limit 1`,
    [tenantId, model.bpmnProcessId],
  );
  const latest = rows[0];
  const resourceName = item.resource.name;
  if (latest && latest.checksum === checksum) {
    return { bpmnProcessId: model.bpmnProcessId, version: latest.version, processDefinitionKey: latest.key, resourceName, tenantId };
  }
  const key = runner.keys.take();
  const version = (latest?.version ?? 0) + 1;
  await tx.query(
    `insert into ${s}.process_definition (key, bpmn_process_id, version, tenant_id, resource_name, checksum, xml, deployment_key, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [key, model.bpmnProcessId, version, tenantId, resourceName, checksum, item.text, deploymentKey, runner.env(tx).now],
  );
  await registerStartEvents(runner, tx, { key, model, tenantId });
  return { bpmnProcessId: model.bpmnProcessId, version, processDefinitionKey: key, resourceName, tenantId };
}

async function deployDecisions(
  runner: CommandRunner,
  tx: import('pg').PoolClient,
  item: Parsed,
  tenantId: string,
  deploymentKey: string,
): Promise<DeployedDecision[]> {
  const s = runner.schema;
  const drg = item.drg!;
  const { rows } = await tx.query<{ key: string; version: number; checksum: string }>(
    `select key::text, version, checksum from ${s}.decision_requirements where tenant_id = $1 and drg_id = $2 order by version desc limit 1`,
    [tenantId, drg.id],
  );
  const latest = rows[0];
  if (latest && latest.checksum === item.checksum) {
    const existing = await tx.query<{ key: string; decision_id: string; version: number }>(
      `select key::text, decision_id, version from ${s}.decision where drg_key = $1`,
      [latest.key],
    );
    return existing.rows.map((row) => ({
      decisionId: row.decision_id,
      decisionRequirementsId: drg.id,
      version: row.version,
      decisionKey: row.key,
      resourceName: item.resource.name,
      tenantId,
    }));
  }
  const drgKey = runner.keys.take();
  await tx.query(
    `insert into ${s}.decision_requirements (key, drg_id, version, tenant_id, resource_name, checksum, xml, deployment_key)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [drgKey, drg.id, (latest?.version ?? 0) + 1, tenantId, item.resource.name, item.checksum, item.text, deploymentKey],
  );
  const out: DeployedDecision[] = [];
  for (const decision of drg.decisions) {
    const key = runner.keys.take();
    const { rows: versions } = await tx.query<{ version: number }>(
      `select coalesce(max(version), 0) + 1 as version from ${s}.decision where tenant_id = $1 and decision_id = $2`,
      [tenantId, decision.id],
    );
    const version = versions[0]!.version;
    await tx.query(`insert into ${s}.decision (key, decision_id, version, tenant_id, drg_key) values ($1, $2, $3, $4, $5)`, [
      key,
      decision.id,
      version,
      tenantId,
      drgKey,
    ]);
    out.push({ decisionId: decision.id, decisionRequirementsId: drg.id, version, decisionKey: key, resourceName: item.resource.name, tenantId });
  }
  return out;
}

async function deployForm(
  runner: CommandRunner,
  tx: import('pg').PoolClient,
  item: Parsed,
  tenantId: string,
  deploymentKey: string,
): Promise<DeployedForm> {
  const s = runner.schema;
  const formId = item.formId!;
  const { rows } = await tx.query<{ key: string; version: number; checksum: string }>(
    `select key::text, version, checksum from ${s}.form where tenant_id = $1 and form_id = $2 order by version desc limit 1`,
    [tenantId, formId],
  );
  const latest = rows[0];
  if (latest && latest.checksum === item.checksum) {
    return { formId, version: latest.version, formKey: latest.key, resourceName: item.resource.name, tenantId };
  }
  const key = runner.keys.take();
  const version = (latest?.version ?? 0) + 1;
  await tx.query(
    `insert into ${s}.form (key, form_id, version, tenant_id, resource_name, checksum, content, deployment_key) values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [key, formId, version, tenantId, item.resource.name, item.checksum, item.text, deploymentKey],
  );
  return { formId, version, formKey: key, resourceName: item.resource.name, tenantId };
}
