import type { JsonValue } from '@duban/workflow';
import { evaluateFeel, type FeelOptions } from '../feel/feel-evaluator.js';
import { DecisionEvaluationError } from './decision-evaluation-error.js';
import type { DecisionRequirementsGraph, ParsedDecision } from './decision-model.js';
import { evaluateDecisionTable } from './decision-table-evaluator.js';

/** One decision evaluated on the way, in evaluation order (required decisions first), as Zeebe records them. */
export interface EvaluatedDecision {
  decisionId: string;
  decisionName: string;
  decisionType: 'DECISION_TABLE' | 'LITERAL_EXPRESSION';
  output: JsonValue;
  matchedRules: { ruleId: string; ruleIndex: number }[];
}

export interface DecisionEvaluation {
  output: JsonValue;
  evaluatedDecisions: EvaluatedDecision[];
}

/**
 * Evaluates a decision of a parsed DRG against plain JSON variables. Required decisions are evaluated first, once
 * each, and their results are visible under their result name (variable name, else decision id).
 */
export function evaluateDecisionWithAudit(
  drg: DecisionRequirementsGraph,
  decisionId: string,
  context: Record<string, unknown>,
  options: FeelOptions = {},
): DecisionEvaluation {
  const byId = new Map(drg.decisions.map((decision) => [decision.id, decision]));
  const evaluatedDecisions: EvaluatedDecision[] = [];
  const results = new Map<string, JsonValue>();

  const evaluate = (decision: ParsedDecision): JsonValue => {
    if (results.has(decision.id)) return results.get(decision.id)!;
    const scope: Record<string, unknown> = { ...context };
    for (const requiredId of decision.requiredDecisions) {
      const required = byId.get(requiredId);
      if (!required) throw new DecisionEvaluationError(decision.id, `no required decision with id '${requiredId}'`);
      scope[required.resultName] = evaluate(required);
    }
    const evaluated = evaluateOne(decision, scope, options);
    results.set(decision.id, evaluated.output);
    evaluatedDecisions.push(evaluated);
    return evaluated.output;
  };

  const decision = byId.get(decisionId);
  if (!decision) {
    throw new DecisionEvaluationError(decisionId, `no decision with id '${decisionId}' in '${drg.resourceName}'`);
  }
  return { output: evaluate(decision), evaluatedDecisions };
}

export function evaluateDecision(
  drg: DecisionRequirementsGraph,
  decisionId: string,
  context: Record<string, unknown>,
  options: FeelOptions = {},
): JsonValue {
  return evaluateDecisionWithAudit(drg, decisionId, context, options).output;
}

function evaluateOne(
  decision: ParsedDecision,
  scope: Record<string, unknown>,
  options: FeelOptions,
): EvaluatedDecision {
  const base = { decisionId: decision.id, decisionName: decision.name };
  try {
    if (decision.logic.kind === 'literalExpression') {
      const output = evaluateFeel(decision.logic.expression, scope, options);
      return { ...base, decisionType: 'LITERAL_EXPRESSION', output, matchedRules: [] };
    }
    const { output, matchedRules } = evaluateDecisionTable(decision.logic, scope, options);
    return { ...base, decisionType: 'DECISION_TABLE', output, matchedRules };
  } catch (error) {
    if (error instanceof DecisionEvaluationError) throw error;
    throw new DecisionEvaluationError(decision.id, (error as Error).message);
  }
}
