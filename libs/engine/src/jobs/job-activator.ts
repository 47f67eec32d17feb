import type pg from 'pg';
import { WorkflowError, WorkflowErrorCode, type ActivateJobsRequest, type Job, type JsonValue } from '@duban/workflow';
import { activateJobsSql } from '../sql/activate-jobs.sql.js';

interface ClaimedRow {
  key: string;
  type: string;
  process_instance_key: string;
  element_instance_key: string;
  element_id: string;
  bpmn_process_id: string;
  version: number;
  definition_key: string;
  tenant_id: string;
  retries: number;
  worker: string;
  deadline: number;
  custom_headers: Record<string, string>;
  variables: Record<string, JsonValue>;
}

/** One-statement job activation with a lease (see activate-jobs.sql.ts). */
export class JobActivator {
  private readonly sql: string;

  constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
    private readonly now: () => number,
  ) {
    this.sql = activateJobsSql(schema);
  }

  async activate(request: ActivateJobsRequest): Promise<Job[]> {
    if (!request || typeof request.type !== 'string' || request.type === '') {
      throw new WorkflowError(WorkflowErrorCode.InvalidArgument, 'job type 必填 / job type is required');
    }
    const max = request.maxJobsToActivate ?? 32;
    const timeout = request.timeout ?? 300_000;
    if (!Number.isInteger(max) || max < 1) throw new WorkflowError(WorkflowErrorCode.InvalidArgument, 'maxJobsToActivate must be a positive integer');
    if (!Number.isFinite(timeout) || timeout < 1) throw new WorkflowError(WorkflowErrorCode.InvalidArgument, 'timeout must be positive');
    const { rows } = await this.pool.query<ClaimedRow>({
      name: `activate_${this.schema}`,
      text: this.sql,
      values: [
        request.type,
        request.worker ?? 'default',
        max,
        this.now(),
        Math.round(timeout),
        request.tenantIds?.length ? request.tenantIds : null,
        request.fetchVariable?.length ? request.fetchVariable : null,
      ],
    });
    return rows.map((row) => ({
      key: row.key,
      type: row.type,
      processInstanceKey: row.process_instance_key,
      bpmnProcessId: row.bpmn_process_id,
      processDefinitionVersion: row.version,
      processDefinitionKey: row.definition_key,
      elementId: row.element_id,
      elementInstanceKey: row.element_instance_key,
      customHeaders: row.custom_headers,
      worker: row.worker,
      retries: row.retries,
      deadline: row.deadline,
      variables: row.variables,
      tenantId: row.tenant_id,
    }));
  }
}
