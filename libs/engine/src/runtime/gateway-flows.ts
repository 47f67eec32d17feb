import type { FlowNodeModel, SequenceFlowModel } from '../model/model-types.js';
import type { Execution } from './execution.js';
import { raiseIncident } from './element-lifecycle.js';
import { evalFeel, FeelError } from './feel.js';
import type { ElementInstanceRow } from './runtime-types.js';
import { visibleVariables } from './variable-scopes.js';

/**
 * Exclusive: the first flow whose condition is true, else the default; inclusive: every true flow, else the default.
 * Nothing to take, or a condition that fails or is not a boolean, raises CONDITION_ERROR (undefined is returned).
 */
export function chooseOutgoingFlows(exec: Execution, ei: ElementInstanceRow, node: FlowNodeModel): SequenceFlowModel[] | undefined {
  if (node.outgoing.length <= 1 && node.outgoing.every((flow) => flow.condition === undefined)) return node.outgoing;
  const context = visibleVariables(exec.state, ei.key);
  const chosen: SequenceFlowModel[] = [];
  try {
    for (const flow of node.outgoing) {
      if (flow.id === node.defaultFlowId || flow.condition === undefined) continue;
      if (evalFeel(flow.condition, context, exec.now, ['BOOLEAN']) === true) {
        chosen.push(flow);
        if (node.type === 'EXCLUSIVE_GATEWAY') break;
      }
    }
  } catch (error) {
    if (!(error instanceof FeelError)) throw error;
    raiseIncident(exec, ei, 'CONDITION_ERROR', error.message, { retryPhase: 'complete' });
    return undefined;
  }
  if (chosen.length > 0) return chosen;
  const fallback = node.outgoing.find((flow) => flow.id === node.defaultFlowId);
  if (fallback) return [fallback];
  raiseIncident(
    exec,
    ei,
    'CONDITION_ERROR',
    `Expected at least one condition to evaluate to true, or to have a default flow`,
    { retryPhase: 'complete' },
  );
  return undefined;
}

/** Moves a token along a flow: into a joining gateway's waiting room, or into a new element instance. */
export function takeFlow(exec: Execution, flow: SequenceFlowModel, scope: ElementInstanceRow): void {
  const target = exec.modelOf(scope).nodes.get(flow.targetId)!;
  const joining = (target.type === 'PARALLEL_GATEWAY' || target.type === 'INCLUSIVE_GATEWAY') && target.incoming.length > 1;
  if (!joining) {
    exec.enterElement(target, scope);
    return;
  }
  const joins = (scope.data.joins ??= {});
  const waiting = (joins[target.id] ??= {});
  waiting[flow.id] = (waiting[flow.id] ?? 0) + 1;
  exec.touch(scope);
  tryJoin(exec, target, scope);
}

/** Re-examines inclusive joins of a scope after a token vanished elsewhere (it may have been the one awaited). */
export function recheckInclusiveJoins(exec: Execution, scope: ElementInstanceRow): void {
  if (!scope.data.joins || scope.state !== 'ACTIVE') return;
  const model = exec.modelOf(scope);
  for (const gatewayId of Object.keys(scope.data.joins)) {
    const gateway = model.nodes.get(gatewayId);
    if (gateway?.type === 'INCLUSIVE_GATEWAY') tryJoin(exec, gateway, scope);
  }
}

function tryJoin(exec: Execution, gateway: FlowNodeModel, scope: ElementInstanceRow): void {
  const waiting = scope.data.joins?.[gateway.id] ?? {};
  const taken = gateway.incoming.filter((flow) => (waiting[flow.id] ?? 0) > 0);
  if (taken.length === 0) return;
  if (gateway.type === 'PARALLEL_GATEWAY' && taken.length < gateway.incoming.length) return;
  if (gateway.type === 'INCLUSIVE_GATEWAY' && taken.length < gateway.incoming.length) {
    const untaken = gateway.incoming.filter((flow) => (waiting[flow.id] ?? 0) === 0);
    if (untaken.some((flow) => tokenCanArrive(exec, scope, flow, gateway.id))) return;
  }
  for (const flow of taken) waiting[flow.id] = waiting[flow.id]! - 1;
  if (Object.values(waiting).every((count) => count === 0)) delete scope.data.joins![gateway.id];
  exec.touch(scope);
  exec.enterElement(gateway, scope);
}

/** Whether an active element (or a token waiting at another join) of the scope can still reach the flow. */
function tokenCanArrive(exec: Execution, scope: ElementInstanceRow, flow: SequenceFlowModel, gatewayId: string): boolean {
  const model = exec.modelOf(scope);
  const source = model.nodes.get(flow.sourceId);
  if (!source) return false;
  const canReach = (elementId: string): boolean => elementId === source.id || (source.reachableFrom?.has(elementId) ?? false);
  for (const child of exec.state.activeChildren(scope.key)) if (canReach(child.element_id)) return true;
  for (const [otherId, flows] of Object.entries(scope.data.joins ?? {})) {
    if (otherId !== gatewayId && Object.values(flows).some((count) => count > 0) && canReach(otherId)) return true;
  }
  return false;
}
