import type { SequenceFlowModel } from '../model/model-types.js';
import type { Execution } from './execution.js';
import { checkScopeCompletion, raiseIncident } from './element-lifecycle.js';
import { FeelError } from './feel.js';
import { chooseOutgoingFlows, recheckInclusiveJoins, takeFlow } from './gateway-flows.js';
import { completeMultiInstanceBody, evaluateOutputElement, onInnerInstanceEnded } from './multi-instance.js';
import { completeProcessInstance } from './process-completion.js';
import type { ElementInstanceRow } from './runtime-types.js';
import { applyMappings, propagate, setLocal, visibleVariables } from './variable-scopes.js';

/** The completing phase: output mappings / variable propagation, then the outgoing sequence flows. */
export async function completeElement(exec: Execution, ei: ElementInstanceRow): Promise<void> {
  if (ei.incident_key) return;
  delete ei.data.retryPhase;
  const node = exec.nodeOf(ei);
  let flows: SequenceFlowModel[] = node.outgoing;
  if (ei.element_type === 'EXCLUSIVE_GATEWAY' || ei.element_type === 'INCLUSIVE_GATEWAY') {
    const chosen = chooseOutgoingFlows(exec, ei, node);
    if (!chosen) return;
    flows = chosen;
  }
  if (ei.element_type === 'MULTI_INSTANCE_BODY') {
    if (!completeMultiInstanceBody(exec, ei, node)) return;
  } else if (!applyOutputs(exec, ei)) return;
  const inner = exec.isMultiInstanceInner(ei);
  if (inner && !evaluateOutputElement(exec, ei, node)) return;

  ei.state = 'COMPLETED';
  ei.end_date = exec.now;
  exec.touch(ei);
  exec.state.endElement(ei.key);

  if (ei.element_type === 'PROCESS') return completeProcessInstance(exec, ei);
  const scope = exec.element(ei.flow_scope_key)!;
  if (inner) return onInnerInstanceEnded(exec, scope, ei);
  if (ei.element_type === 'EVENT_BASED_GATEWAY') return; // the triggered event continues the token
  if (flows.length === 0) {
    recheckInclusiveJoins(exec, scope);
    return checkScopeCompletion(exec, scope);
  }
  for (const flow of flows) takeFlow(exec, flow, scope);
  recheckInclusiveJoins(exec, scope);
}

/** Event/job variables and output mappings. False when an output mapping failed (incident raised). */
function applyOutputs(exec: Execution, ei: ElementInstanceRow): boolean {
  const node = exec.nodeOf(ei);
  const incoming = ei.data.eventVariables;
  if (node.outputs && node.outputs.length > 0 && ei.element_type !== 'PROCESS') {
    if (incoming) setLocal(exec.state, ei.key, incoming, exec.now);
    delete ei.data.eventVariables;
    try {
      const results = applyMappings(node.outputs, visibleVariables(exec.state, ei.key), exec.now);
      propagate(exec.state, ei.flow_scope_key!, results, exec.now);
    } catch (error) {
      if (!(error instanceof FeelError)) throw error;
      raiseIncident(exec, ei, 'IO_MAPPING_ERROR', error.message, { retryPhase: 'complete' });
      return false;
    }
  } else if (incoming) {
    if (ei.data.eventVariablesLocal) setLocal(exec.state, ei.key, incoming, exec.now);
    else propagate(exec.state, ei.key, incoming, exec.now);
    delete ei.data.eventVariables;
  }
  return true;
}
