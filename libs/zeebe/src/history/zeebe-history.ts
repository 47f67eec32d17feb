import pg from 'pg';
import type {
  ElementInstanceRecord,
  IncidentRecord,
  JobRecord,
  ProcessInstanceRecord,
  VariableRecord,
  WorkflowHistory,
} from '@duban/workflow';
import { WorkflowError, WorkflowErrorCode } from '@duban/workflow';
import { foldElementInstances, foldIncidents, foldJobs, foldVariables, type EventRow } from './record-folds.js';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
/** int64 keys leave PostgreSQL as text: past partition 3 they no longer fit a JavaScript number. */
const KEY_FIELDS = [
  'processInstanceKey',
  'processDefinitionKey',
  'parentProcessInstanceKey',
  'flowScopeKey',
  'elementInstanceKey',
  'scopeKey',
  'jobKey',
];
const VALUE_WITH_TEXT_KEYS = `(record->'value') || jsonb_build_object(${KEY_FIELDS.map(
  (field) => `'${field}', record->'value'->>'${field}'`,
).join(', ')})`;

/**
 * The port's read side over the records the PostgreSQL history exporter (tools/zeebe/exporter) writes.
 * Asynchronous like every Zeebe read model: a record shows up shortly (≈100 ms) after the broker wrote it.
 */
export class ZeebeHistory implements WorkflowHistory {
  private readonly pool: pg.Pool;
  private readonly table: string;

  constructor(options: { connectionString: string; schema: string; max?: number }) {
    if (!SCHEMA_NAME.test(options.schema)) {
      throw new WorkflowError(WorkflowErrorCode.InvalidArgument, `not a schema name: ${options.schema}`);
    }
    this.table = `${options.schema}.zeebe_record`;
    this.pool = new pg.Pool({ connectionString: options.connectionString, max: options.max ?? 4 });
  }

  async getProcessInstance(processInstanceKey: string): Promise<ProcessInstanceRecord | undefined> {
    const rows = await this.events(processInstanceKey, 'PROCESS_INSTANCE', 'AND record_key = $1::bigint');
    const [process] = foldElementInstances(rows);
    if (!process) return undefined;
    const first = rows[0].value;
    const incidents = await this.listIncidents(processInstanceKey);
    const parent = String(first.parentProcessInstanceKey ?? '');
    return {
      key: process.key,
      bpmnProcessId: String(first.bpmnProcessId),
      version: Number(first.version),
      processDefinitionKey: String(first.processDefinitionKey),
      state: process.state,
      startDate: process.startDate,
      ...(process.endDate ? { endDate: process.endDate } : {}),
      ...(parent && parent !== '-1' ? { parentProcessInstanceKey: parent } : {}),
      hasIncident: incidents.some((incident) => incident.state === 'ACTIVE'),
      tenantId: String(first.tenantId ?? '<default>'),
    };
  }

  async listElementInstances(processInstanceKey: string): Promise<ElementInstanceRecord[]> {
    const [elements, incidents] = await this.elementsAndIncidents(processInstanceKey);
    const active = incidents.filter((incident) => incident.state === 'ACTIVE');
    return elements.map((element) => {
      const incident = active.find((candidate) => candidate.elementInstanceKey === element.key);
      return incident ? { ...element, incidentKey: incident.key } : element;
    });
  }

  async listJobs(processInstanceKey: string): Promise<JobRecord[]> {
    return foldJobs(await this.events(processInstanceKey, 'JOB'));
  }

  async listIncidents(processInstanceKey: string): Promise<IncidentRecord[]> {
    return (await this.elementsAndIncidents(processInstanceKey))[1];
  }

  async listVariables(processInstanceKey: string): Promise<VariableRecord[]> {
    return foldVariables(await this.events(processInstanceKey, 'VARIABLE'));
  }

  /**
   * Incidents name the element they are on by its instance: Zeebe 8.6 writes the placeholder
   * `NO_CATCH_EVENT_FOUND` as `elementId` of an UNHANDLED_ERROR_EVENT incident, so the id is taken from the
   * element instance whenever it is known.
   */
  private async elementsAndIncidents(processInstanceKey: string): Promise<[ElementInstanceRecord[], IncidentRecord[]]> {
    const [elementRows, incidentRows] = await Promise.all([
      this.events(processInstanceKey, 'PROCESS_INSTANCE', "AND intent <> 'SEQUENCE_FLOW_TAKEN'"),
      this.events(processInstanceKey, 'INCIDENT'),
    ]);
    const elements = foldElementInstances(elementRows);
    const elementIds = new Map(elements.map((element) => [element.key, element.elementId]));
    const incidents = foldIncidents(incidentRows).map((incident) => ({
      ...incident,
      elementId: elementIds.get(incident.elementInstanceKey) ?? incident.elementId,
    }));
    return [elements, incidents];
  }

  /**
   * Keys of the root process instances that are still active, as far as the exporter has written (tests use it
   * to cancel what earlier runs left on a shared broker). Not part of the port: the embedded engine's history is
   * per schema.
   */
  async listActiveRootInstances(): Promise<string[]> {
    try {
      const result = await this.pool.query<{ key: string }>(
        `SELECT process_instance_key::text AS key
           FROM ${this.table}
          WHERE value_type = 'PROCESS_INSTANCE' AND record_key = process_instance_key
          GROUP BY process_instance_key
         HAVING bool_or(intent = 'ELEMENT_ACTIVATED')
            AND NOT bool_or(intent IN ('ELEMENT_COMPLETED', 'ELEMENT_TERMINATED'))
            AND bool_and(coalesce((record->'value'->>'parentProcessInstanceKey')::bigint, -1) <= 0)
          ORDER BY process_instance_key`,
      );
      return result.rows.map((row) => row.key);
    } catch (error) {
      if ((error as { code?: string }).code === '42P01') return [];
      throw new WorkflowError(WorkflowErrorCode.Unavailable, `history not readable: ${(error as Error).message}`);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async events(processInstanceKey: string, valueType: string, extra = ''): Promise<EventRow[]> {
    if (!/^\d{1,19}$/.test(processInstanceKey)) {
      throw new WorkflowError(WorkflowErrorCode.InvalidArgument, `not a process instance key: ${processInstanceKey}`);
    }
    try {
      const result = await this.pool.query<EventRow>(
        `SELECT record_key::text AS key, intent, ts, ${VALUE_WITH_TEXT_KEYS} AS value
           FROM ${this.table}
          WHERE process_instance_key = $1::bigint AND value_type = $2 ${extra}
          ORDER BY partition_id, position`,
        [processInstanceKey, valueType],
      );
      return result.rows;
    } catch (error) {
      // Nothing exported yet: the exporter creates its table with the first batch.
      if ((error as { code?: string }).code === '42P01') return [];
      throw new WorkflowError(WorkflowErrorCode.Unavailable, `history not readable: ${(error as Error).message}`);
    }
  }
}
