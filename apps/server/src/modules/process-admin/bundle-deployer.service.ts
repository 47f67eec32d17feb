import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isWorkflowError, WorkflowErrorCode, type DeploymentResult, type WorkflowEngine } from '@duban/workflow';
import type { DataSource } from 'typeorm';
import { AuditService, type Actor } from '../../platform/audit/audit.service.js';
import { WORKFLOW_ENGINE } from '../../platform/workflow/workflow-engine.module.js';
import { checkBundle, type CheckedResource } from './bundle-check.util.js';
import { EngineTenancy } from './engine-tenancy.service.js';
import type { DeployedResourceDto, DeploymentDto } from './dto/process-admin.dto.js';
import { ProcessAdminException, ProcessAdminExceptionCode } from './process-admin.exception.js';

export interface DeployTarget {
  tenantId: string;
  tenantCode: string;
}

interface ResourceRow {
  kind: 'bpmn' | 'dmn' | 'form';
  resourceId: string;
  version: number;
  engineKey: string;
  resourceName: string;
  name: string | null;
  content: string;
  elements: unknown;
}

/**
 * Deploys a bundle (BPMN + DMN + forms) for one tenant, all or nothing — the engine deploys one call atomically —
 * and records each new version with its content. Identical resources keep their versions (the engine compares
 * checksums), so deploying the same folder twice records nothing new.
 */
@Injectable()
export class BundleDeployer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(WORKFLOW_ENGINE) private readonly engine: WorkflowEngine,
    private readonly audit: AuditService,
    private readonly tenancy: EngineTenancy,
  ) {}

  async deploy(target: DeployTarget, actor: Actor, source: 'start' | 'api', resources: { name: string; content: string }[]): Promise<DeploymentDto> {
    const check = checkBundle(target.tenantCode, resources);
    if (Object.keys(check.problems).length > 0) {
      throw new ProcessAdminException(ProcessAdminExceptionCode.INVALID_BUNDLE, `部署包有误：${Object.keys(check.problems).join(', ')}`, check.problems);
    }
    const result = await this.deployToEngine(target, resources);
    const rows = toRows(result, check.resources);
    return this.dataSource.transaction(async (manager) => {
      const existing = (await manager.query(
        `SELECT kind, resource_id AS "resourceId", version FROM process_resource
         WHERE tenant_id = $1 AND (kind, resource_id, version) IN (SELECT * FROM unnest($2::text[], $3::text[], $4::int[]))`,
        [target.tenantId, rows.map((r) => r.kind), rows.map((r) => r.resourceId), rows.map((r) => r.version)],
      )) as { kind: string; resourceId: string; version: number }[];
      const known = new Set(existing.map((e) => `${e.kind}:${e.resourceId}:${e.version}`));
      const fresh = rows.filter((r) => !known.has(`${r.kind}:${r.resourceId}:${r.version}`));
      const summary: DeployedResourceDto[] = rows.map((r) => ({
        kind: r.kind,
        id: r.resourceId,
        version: r.version,
        resourceName: r.resourceName,
        created: fresh.includes(r),
      }));
      let id: string | null = null;
      if (fresh.length > 0) {
        [{ id }] = (await manager.query(
          `INSERT INTO process_deployment (tenant_id, deployment_key, source, deployed_by, summary) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [target.tenantId, result.key, source, actor.id, JSON.stringify(summary)],
        )) as { id: string }[];
        for (const row of fresh) {
          await manager.query(
            `INSERT INTO process_resource (tenant_id, deployment_id, kind, resource_id, version, engine_key, resource_name, name, content, elements)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT ON CONSTRAINT uq_process_resource_version DO NOTHING`,
            [target.tenantId, id, row.kind, row.resourceId, row.version, row.engineKey, row.resourceName, row.name, row.content, row.elements === null ? null : JSON.stringify(row.elements)],
          );
        }
      }
      if (fresh.length > 0 || source === 'api') {
        await this.audit.record(manager, {
          tenantId: target.tenantId,
          actor,
          action: 'process.deploy',
          entityType: 'process_deployment',
          entityId: id,
          after: { deploymentKey: result.key, resources: summary },
        });
      }
      return { id, deploymentKey: result.key, resources: summary };
    });
  }

  private async deployToEngine(target: DeployTarget, resources: { name: string; content: string }[]): Promise<DeploymentResult> {
    try {
      return await this.engine.deployResources(resources, { tenantId: this.tenancy.engineTenant(target.tenantCode) });
    } catch (error) {
      if (isWorkflowError(error, WorkflowErrorCode.Unavailable)) {
        throw new ProcessAdminException(ProcessAdminExceptionCode.ENGINE_UNAVAILABLE, '流程引擎暂不可用 / engine unavailable');
      }
      if (isWorkflowError(error)) {
        const fields: Record<string, string[]> = {};
        for (const p of error.problems) {
          const where = [p.elementId && `元素 ${p.elementId}`, p.line && `第 ${p.line} 行`].filter(Boolean).join('，');
          (fields[p.resourceName] ??= []).push(where ? `${p.message}（${where}）` : p.message);
        }
        throw new ProcessAdminException(ProcessAdminExceptionCode.DEPLOYMENT_REJECTED, `引擎拒绝部署 / deployment rejected: ${error.message}`, fields);
      }
      throw error;
    }
  }
}

function toRows(result: DeploymentResult, checked: CheckedResource[]): ResourceRow[] {
  const byName = new Map(checked.map((c) => [c.name, c]));
  const rows: ResourceRow[] = [];
  for (const p of result.processes) {
    const resource = byName.get(p.resourceName);
    const info = resource?.processes?.find((x) => x.id === p.bpmnProcessId);
    rows.push({
      kind: 'bpmn',
      resourceId: p.bpmnProcessId,
      version: p.version,
      engineKey: p.processDefinitionKey,
      resourceName: p.resourceName,
      name: info?.name ?? null,
      content: resource?.content ?? '',
      elements: info?.elements ?? {},
    });
  }
  const drgs = new Map<string, ResourceRow>();
  for (const d of result.decisions) {
    const resource = byName.get(d.resourceName);
    const row = drgs.get(d.decisionRequirementsId);
    // The engine versions decisions, not their requirements graph: the graph takes its newest decision's version.
    if (row) row.version = Math.max(row.version, d.version);
    else {
      drgs.set(d.decisionRequirementsId, {
        kind: 'dmn',
        resourceId: d.decisionRequirementsId,
        version: d.version,
        engineKey: d.decisionKey,
        resourceName: d.resourceName,
        name: resource?.drg?.name ?? null,
        content: resource?.content ?? '',
        elements: null,
      });
    }
  }
  rows.push(...drgs.values());
  for (const f of result.forms) {
    rows.push({ kind: 'form', resourceId: f.formId, version: f.version, engineKey: f.formKey, resourceName: f.resourceName, name: f.formId, content: byName.get(f.resourceName)?.content ?? '', elements: null });
  }
  return rows;
}
