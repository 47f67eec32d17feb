import type pg from 'pg';
import { parseBpmn } from '../model/bpmn-parser.js';
import type { ProcessModel } from '../model/model-types.js';

export interface ProcessDefinition {
  key: string;
  bpmnProcessId: string;
  version: number;
  tenantId: string;
  model: ProcessModel;
}

type Queryable = Pick<pg.PoolClient, 'query'>;

/** Deployed process definitions, parsed once per definition key and kept in memory (definitions never change). */
export class DefinitionRepository {
  private readonly byKey = new Map<string, Promise<ProcessDefinition | undefined>>();

  constructor(private readonly schema: string) {}

  async get(db: Queryable, key: string): Promise<ProcessDefinition | undefined> {
    let cached = this.byKey.get(key);
    if (!cached) {
      cached = this.load(db, key);
      this.byKey.set(key, cached);
      cached.then((value) => value ?? this.byKey.delete(key)).catch(() => this.byKey.delete(key));
    }
    return cached;
  }

  async latest(db: Queryable, tenantId: string, bpmnProcessId: string, version?: number): Promise<ProcessDefinition | undefined> {
    const { rows } = await db.query<{ key: string }>({
      name: `latestdef_${this.schema}`,
      text: `select key::text from ${this.schema}.process_definition where tenant_id = $1 and bpmn_process_id = $2
             and ($3::int is null or version = $3) order by version desc limit 1`,
      values: [tenantId, bpmnProcessId, version ?? null],
    });
    return rows[0] ? this.get(db, rows[0].key) : undefined;
  }

  private async load(db: Queryable, key: string): Promise<ProcessDefinition | undefined> {
    const { rows } = await db.query<{ bpmn_process_id: string; version: number; tenant_id: string; xml: string; resource_name: string }>(
      `select bpmn_process_id, version, tenant_id, xml, resource_name from ${this.schema}.process_definition where key = $1`,
      [key],
    );
    const row = rows[0];
    if (!row) return undefined;
    const models = await parseBpmn(row.xml, row.resource_name);
    const model = models.find((candidate) => candidate.bpmnProcessId === row.bpmn_process_id);
    if (!model) return undefined;
    return { key, bpmnProcessId: row.bpmn_process_id, version: row.version, tenantId: row.tenant_id, model };
  }
}
