/**
 * A parsed decision requirements graph (DRG), as plain JSON so the runtime can cache or store it. Only what Zeebe
 * evaluates is kept; everything else is rejected at deployment by the parser.
 */
export interface DecisionRequirementsGraph {
  id: string;
  name: string;
  resourceName: string;
  decisions: ParsedDecision[];
}

export interface ParsedDecision {
  id: string;
  name: string;
  /** Name under which the result is visible to decisions that require this one: the variable name, else the id. */
  resultName: string;
  /** Ids of decisions this one requires (information requirements), evaluated first. */
  requiredDecisions: string[];
  logic: DecisionTable | LiteralExpression;
}

export type HitPolicy = 'UNIQUE' | 'FIRST' | 'ANY' | 'PRIORITY' | 'COLLECT' | 'RULE ORDER' | 'OUTPUT ORDER';
export type Aggregation = 'SUM' | 'MIN' | 'MAX' | 'COUNT';

export interface DecisionTable {
  kind: 'decisionTable';
  id: string;
  hitPolicy: HitPolicy;
  aggregation?: Aggregation;
  inputs: { id: string; label?: string; expression: string }[];
  outputs: {
    id: string;
    name: string;
    label?: string;
    /** Allowed values in priority order (PRIORITY, OUTPUT ORDER), as FEEL literals. */
    values: string[];
    defaultValue?: string;
  }[];
  rules: { id: string; inputEntries: string[]; outputEntries: string[] }[];
}

export interface LiteralExpression {
  kind: 'literalExpression';
  id: string;
  expression: string;
}
