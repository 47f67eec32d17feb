import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { notFound } from '../../platform/tenancy/tenant-scoped.repository.js';
import { LightService } from '../tenant-config/light.service.js';
import type { BpmnElementInfo } from './bpmn-elements.util.js';
import type { ResourceKind } from './bundle-check.util.js';
import type { ProcessSummaryDto, ResourceVersionDto } from './dto/process-admin.dto.js';

export interface TenantRef {
  tenantId: string;
  tenantCode: string;
}

export interface FormSchema {
  id?: string;
  components: unknown[];
  [key: string]: unknown;
}

/** Reads what was deployed: processes and their versions, XML, forms, element names. Tenant always from the caller. */
@Injectable()
export class ProcessCatalog {
  /** Deployed definitions never change, so their element names can be kept for the life of the process. */
  private readonly elements = new Map<string, Record<string, BpmnElementInfo>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lights: LightService,
  ) {}

  async listProcesses(tenant: TenantRef): Promise<ProcessSummaryDto[]> {
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT ON (resource_id) resource_id AS id, name, version, engine_key AS key
       FROM process_resource WHERE tenant_id = $1 AND kind = 'bpmn' ORDER BY resource_id, version DESC`,
      [tenant.tenantId],
    )) as { id: string; name: string | null; version: number; key: string }[];
    const settings = await this.lights.settings.read(tenant.tenantCode);
    const entries = new Map(settings.processes.map((p) => [p.id, p]));
    return rows.map((row) => ({
      id: row.id,
      name: row.name ?? entries.get(row.id)?.name ?? row.id,
      latestVersion: row.version,
      processDefinitionKey: row.key,
      kind: entries.get(row.id)?.kind ?? null,
      startFormId: entries.get(row.id)?.startForm ?? null,
    }));
  }

  async latestProcess(tenant: TenantRef, processId: string, version?: number): Promise<ProcessSummaryDto> {
    const found = (await this.listProcesses(tenant)).find((p) => p.id === processId);
    if (!found) throw notFound('流程');
    if (version !== undefined && version !== found.latestVersion) {
      await this.content(tenant, 'bpmn', processId, version);
      return { ...found, latestVersion: version };
    }
    return found;
  }

  async versions(tenant: TenantRef, kind: ResourceKind, resourceId: string): Promise<ResourceVersionDto[]> {
    const rows = (await this.dataSource.query(
      `SELECT r.version, r.engine_key AS key, r.resource_name AS "resourceName", r.deployed_at AS "deployedAt", p.name AS "deployedBy"
       FROM process_resource r JOIN process_deployment d ON d.id = r.deployment_id LEFT JOIN person p ON p.id = d.deployed_by
       WHERE r.tenant_id = $1 AND r.kind = $2 AND r.resource_id = $3 ORDER BY r.version DESC`,
      [tenant.tenantId, kind, resourceId],
    )) as ResourceVersionDto[];
    if (rows.length === 0) throw notFound('流程资源');
    return rows;
  }

  async content(tenant: TenantRef, kind: ResourceKind, resourceId: string, version?: number): Promise<string> {
    const [row] = (await this.dataSource.query(
      `SELECT content FROM process_resource WHERE tenant_id = $1 AND kind = $2 AND resource_id = $3 AND ($4::int IS NULL OR version = $4)
       ORDER BY version DESC LIMIT 1`,
      [tenant.tenantId, kind, resourceId, version ?? null],
    )) as { content: string }[];
    if (!row) throw notFound('流程资源');
    return row.content;
  }

  /** The form a task's `formKey` header names (the deployed form's key), or undefined. */
  async formByKey(tenantId: string, formKey: string): Promise<FormSchema | undefined> {
    const [row] = (await this.dataSource.query(
      `SELECT content FROM process_resource WHERE tenant_id = $1 AND kind = 'form' AND engine_key = $2`,
      [tenantId, formKey],
    )) as { content: string }[];
    return row ? (JSON.parse(row.content) as FormSchema) : undefined;
  }

  async latestForm(tenant: TenantRef, formId: string): Promise<{ schema: FormSchema; version: number; key: string }> {
    const [row] = (await this.dataSource.query(
      `SELECT content, version, engine_key AS key FROM process_resource WHERE tenant_id = $1 AND kind = 'form' AND resource_id = $2
       ORDER BY version DESC LIMIT 1`,
      [tenant.tenantId, formId],
    )) as { content: string; version: number; key: string }[];
    if (!row) throw notFound('表单');
    return { schema: JSON.parse(row.content) as FormSchema, version: row.version, key: row.key };
  }

  /** Element names of a deployed process definition (empty when it was not deployed through this server). */
  async elementsOf(tenantId: string, processDefinitionKey: string): Promise<Record<string, BpmnElementInfo>> {
    const cached = this.elements.get(processDefinitionKey);
    if (cached) return cached;
    const [row] = (await this.dataSource.query(
      `SELECT elements FROM process_resource WHERE tenant_id = $1 AND kind = 'bpmn' AND engine_key = $2`,
      [tenantId, processDefinitionKey],
    )) as { elements: Record<string, BpmnElementInfo> | null }[];
    const elements = row?.elements ?? {};
    if (row) this.elements.set(processDefinitionKey, elements);
    return elements;
  }

  async deployments(tenant: TenantRef, limit = 50): Promise<unknown[]> {
    return this.dataSource.query(
      `SELECT d.id, d.deployment_key AS "deploymentKey", d.source, d.deployed_at AS "deployedAt", p.name AS "deployedBy", d.summary AS resources
       FROM process_deployment d LEFT JOIN person p ON p.id = d.deployed_by WHERE d.tenant_id = $1 ORDER BY d.deployed_at DESC LIMIT $2`,
      [tenant.tenantId, limit],
    );
  }
}
