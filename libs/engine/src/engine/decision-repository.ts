import type pg from 'pg';
import type { JsonValue } from '@duban/workflow';
import { evaluateDecision } from '../dmn/decision-evaluator.js';
import type { DecisionRequirementsGraph } from '../dmn/decision-model.js';
import { parseDecisionRequirements } from '../dmn/decision-requirements-parser.js';

/** Deployed DRGs, parsed once per key; business rule tasks evaluate the latest version of a decision. */
export class DecisionRepository {
  private readonly graphs = new Map<string, Promise<DecisionRequirementsGraph>>();

  constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
  ) {}

  async evaluate(tenantId: string, decisionId: string, context: Record<string, JsonValue>, now: number): Promise<JsonValue> {
    const { rows } = await this.pool.query<{ drg_key: string; xml: string; resource_name: string }>(
      `select d.drg_key::text, r.xml, r.resource_name from ${this.schema}.decision d
       join ${this.schema}.decision_requirements r on r.key = d.drg_key
       where d.tenant_id = $1 and d.decision_id = $2 order by d.version desc limit 1`,
      [tenantId, decisionId],
    );
    const row = rows[0];
    if (!row) {
      throw Object.assign(new Error(`Expected to evaluate decision '${decisionId}', but no decision found for id '${decisionId}'`), {
        incidentType: 'CALLED_DECISION_ERROR',
      });
    }
    let graph = this.graphs.get(row.drg_key);
    if (!graph) {
      graph = parseDecisionRequirements(row.xml, row.resource_name);
      this.graphs.set(row.drg_key, graph);
    }
    return evaluateDecision(await graph, decisionId, context, { now });
  }
}
