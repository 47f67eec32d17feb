import type pg from 'pg';
import type {
  ElementInstanceRecord,
  IncidentRecord,
  JobRecord,
  ProcessInstanceRecord,
  VariableRecord,
  WorkflowHistory,
} from '@duban/workflow';

const iso = (millis: number | string | null | undefined): string | undefined =>
  millis === null || millis === undefined ? undefined : new Date(Number(millis)).toISOString();

/** The read side over the engine's own tables; timestamps are the engine clock's. */
export class HistoryReader implements WorkflowHistory {
  constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
  ) {}

  async getProcessInstance(processInstanceKey: string): Promise<ProcessInstanceRecord | undefined> {
    if (!/^\d{1,19}$/.test(processInstanceKey)) return undefined;
    const { rows } = await this.pool.query(
      `select p.key::text, p.bpmn_process_id, p.version, p.definition_key::text, p.state, p.start_date, p.end_date,
              p.parent_process_instance_key::text as parent, p.tenant_id,
              exists (select 1 from ${this.schema}.incident i where i.process_instance_key = p.key and i.state = 'ACTIVE') as has_incident
       from ${this.schema}.process_instance p where p.key = $1`,
      [processInstanceKey],
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      key: row.key,
      bpmnProcessId: row.bpmn_process_id,
      version: row.version,
      processDefinitionKey: row.definition_key,
      state: row.state,
      startDate: iso(row.start_date)!,
      endDate: iso(row.end_date),
      parentProcessInstanceKey: row.parent ?? undefined,
      hasIncident: row.has_incident,
      tenantId: row.tenant_id,
    };
  }

  async listElementInstances(processInstanceKey: string): Promise<ElementInstanceRecord[]> {
    if (!/^\d{1,19}$/.test(processInstanceKey)) return [];
    const { rows } = await this.pool.query(
      `select key::text, process_instance_key::text, flow_scope_key::text, element_id, element_type, state, start_date, end_date, incident_key::text
       from ${this.schema}.element_instance where process_instance_key = $1 and element_type <> 'PROCESS' order by position`,
      [processInstanceKey],
    );
    return rows.map((row) => ({
      key: row.key,
      processInstanceKey: row.process_instance_key,
      flowScopeKey: row.flow_scope_key ?? undefined,
      elementId: row.element_id,
      elementType: row.element_type,
      state: row.state,
      startDate: iso(row.start_date)!,
      endDate: iso(row.end_date),
      incidentKey: row.incident_key ?? undefined,
    }));
  }

  async listJobs(processInstanceKey: string): Promise<JobRecord[]> {
    if (!/^\d{1,19}$/.test(processInstanceKey)) return [];
    const { rows } = await this.pool.query(
      `select key::text, type, process_instance_key::text, element_id, element_instance_key::text, state, retries, worker,
              custom_headers, error_message, error_code, deadline, created_at, updated_at
       from ${this.schema}.job where process_instance_key = $1 order by key`,
      [processInstanceKey],
    );
    return rows.map((row) => ({
      key: row.key,
      type: row.type,
      processInstanceKey: row.process_instance_key,
      elementId: row.element_id,
      elementInstanceKey: row.element_instance_key,
      state: row.state,
      retries: row.retries,
      worker: row.worker ?? undefined,
      customHeaders: row.custom_headers,
      errorMessage: row.error_message ?? undefined,
      errorCode: row.error_code ?? undefined,
      deadline: row.state === 'ACTIVATED' ? iso(row.deadline) : undefined,
      createdAt: iso(row.created_at)!,
      updatedAt: iso(row.updated_at)!,
    }));
  }

  async listIncidents(processInstanceKey: string): Promise<IncidentRecord[]> {
    if (!/^\d{1,19}$/.test(processInstanceKey)) return [];
    const { rows } = await this.pool.query(
      `select key::text, process_instance_key::text, element_id, element_instance_key::text, job_key::text, error_type,
              error_message, state, created_at, resolved_at
       from ${this.schema}.incident where process_instance_key = $1 order by key`,
      [processInstanceKey],
    );
    return rows.map((row) => ({
      key: row.key,
      processInstanceKey: row.process_instance_key,
      elementId: row.element_id,
      elementInstanceKey: row.element_instance_key,
      jobKey: row.job_key ?? undefined,
      errorType: row.error_type,
      errorMessage: row.error_message,
      state: row.state,
      createdAt: iso(row.created_at)!,
      resolvedAt: iso(row.resolved_at),
    }));
  }

  async listVariables(processInstanceKey: string): Promise<VariableRecord[]> {
    if (!/^\d{1,19}$/.test(processInstanceKey)) return [];
    const { rows } = await this.pool.query(
      `select name, value, scope_key::text, process_instance_key::text, updated_at
       from ${this.schema}.variable where process_instance_key = $1 order by scope_key, name`,
      [processInstanceKey],
    );
    return rows.map((row) => ({
      name: row.name,
      value: row.value,
      scopeKey: row.scope_key,
      processInstanceKey: row.process_instance_key,
      updatedAt: iso(row.updated_at)!,
    }));
  }
}
