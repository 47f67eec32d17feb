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

/**
 * Deployed process definitions, parsed once per definition key and kept in memory (definitions never change). Which
 * version is the latest is remembered too while `cacheLatest()` says deployments reach this process (the deploying
 * transaction sends NOTIFY; a process that deployed forgets at once): another process may then start an instance on the
 * previous version for the moment the notification takes — like Zeebe, whose deployments reach partitions asynchronously.
 */
export class DefinitionRepository {
  private readonly byKey = new Map<string, Promise<ProcessDefinition | undefined>>();
  private readonly latestKeys = new Map<string, string>();
  private generation = 0;
  cacheLatest: () => boolean = () => false;

  constructor(private readonly schema: string) {}

  /** A deployment happened (here or in another process): latest versions are looked up again. */
  forgetLatest(): void {
    this.generation += 1;
    this.latestKeys.clear();
  }

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
    const cacheKey = version === undefined && this.cacheLatest() ? `${tenantId}\u0000${bpmnProcessId}` : undefined;
    const cached = cacheKey ? this.latestKeys.get(cacheKey) : undefined;
    if (cached) return this.get(db, cached);
    const generation = this.generation;
    const { rows } = await db.query<{ key: string }>({
      name: `latestdef_${this.schema}`,
      text: `select key::text from ${this.schema}.process_definition where tenant_id = $1 and bpmn_process_id = $2
             and ($3::int is null or version = $3) order by version desc limit 1`,
      values: [tenantId, bpmnProcessId, version ?? null],
    });
    if (!rows[0]) return undefined;
    if (cacheKey && generation === this.generation) this.latestKeys.set(cacheKey, rows[0].key);
    return this.get(db, rows[0].key);
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
