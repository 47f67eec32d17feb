import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { readDmnIds } from '../process-admin/bpmn-elements.util.js';
import type { DeployedDecisionDto, DeployedFormDto } from './deployed-resources.dto.js';

/** The latest deployed version of each form and DMN file of a tenant, from what process-admin recorded at deploy. */
@Injectable()
export class DeployedResourcesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forms(tenantId: string): Promise<DeployedFormDto[]> {
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT ON (resource_id) resource_id AS "formId", version, deployed_at AS "deployedAt"
       FROM process_resource WHERE tenant_id = $1 AND kind = 'form' ORDER BY resource_id, version DESC`,
      [tenantId],
    )) as { formId: string; version: number; deployedAt: Date }[];
    return rows.map((r) => ({ formId: r.formId, version: r.version, deployedAt: new Date(r.deployedAt).toISOString() }));
  }

  async decisions(tenantId: string): Promise<DeployedDecisionDto[]> {
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT ON (resource_id) resource_id AS id, name, version, content, deployed_at AS "deployedAt"
       FROM process_resource WHERE tenant_id = $1 AND kind = 'dmn' ORDER BY resource_id, version DESC`,
      [tenantId],
    )) as { id: string; name: string | null; version: number; content: string; deployedAt: Date }[];
    return rows.map((r) => ({
      decisionRequirementsId: r.id,
      name: r.name,
      version: r.version,
      // The engine accepted the file at deploy, so it parses.
      decisionIds: readDmnIds(r.content).decisions,
      deployedAt: new Date(r.deployedAt).toISOString(),
    }));
  }
}
