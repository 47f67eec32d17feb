import type { JsonValue } from '@duban/workflow';
import type { FlowNodeModel } from '../model/model-types.js';
import { failActivation } from './element-lifecycle.js';
import type { Execution } from './execution.js';
import { evalFeel, FeelError } from './feel.js';
import type { ElementInstanceRow } from './runtime-types.js';
import { visibleVariables } from './variable-scopes.js';

/**
 * Script tasks with zeebe:script and business rule tasks with zeebe:calledDecision run in-process: the result goes to
 * the result variable the way job variables do (local when there are output mappings, else propagated).
 */
export function evaluateScriptTask(exec: Execution, ei: ElementInstanceRow, node: FlowNodeModel): void {
  let result: JsonValue;
  try {
    result = evalFeel(node.script!.expression.replace(/^=/, ''), visibleVariables(exec.state, ei.key), exec.now);
  } catch (error) {
    if (!(error instanceof FeelError)) throw error;
    return failActivation(exec, ei, 'EXTRACT_VALUE_ERROR', error.message);
  }
  finish(exec, ei, node.script!.resultVariable!, result);
}

export async function evaluateDecisionTask(exec: Execution, ei: ElementInstanceRow, node: FlowNodeModel): Promise<void> {
  const evaluate = exec.env.evaluateDecision;
  if (!evaluate) return failActivation(exec, ei, 'CALLED_DECISION_ERROR', 'decision evaluation is not available');
  let result: JsonValue;
  try {
    result = await evaluate(exec.state.root!.tenant_id, node.decision!.decisionId, visibleVariables(exec.state, ei.key), exec.now);
  } catch (error) {
    const type = (error as { incidentType?: string }).incidentType === 'CALLED_DECISION_ERROR' ? 'CALLED_DECISION_ERROR' : 'DECISION_EVALUATION_ERROR';
    return failActivation(exec, ei, type, (error as Error).message);
  }
  finish(exec, ei, node.decision!.resultVariable!, result);
}

function finish(exec: Execution, ei: ElementInstanceRow, resultVariable: string, result: JsonValue): void {
  ei.data.eventVariables = { [resultVariable]: result };
  exec.touch(ei);
  exec.schedule('complete', ei);
}
