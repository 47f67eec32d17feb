import type { JsonValue } from '@duban/workflow';
import type { FlowNodeModel } from '../model/model-types.js';
import { failActivation, terminateElement } from './element-lifecycle.js';
import type { Execution } from './execution.js';
import type { ElementInstanceRow, SubscriptionRow, TimerRow } from './runtime-types.js';
import { createTimer, nextDue, openTrigger, TriggerError } from './trigger-rows.js';

/** Opening catch triggers when elements activate, and what happens when a timer fires or a message arrives. */

function open(exec: Execution, owner: ElementInstanceRow, events: FlowNodeModel[]): boolean {
  try {
    for (const event of events) openTrigger(exec, owner, event);
    return true;
  } catch (error) {
    if (!(error instanceof TriggerError)) throw error;
    failActivation(exec, owner, 'EXTRACT_VALUE_ERROR', error.message);
    return false;
  }
}

export function openBoundaryTriggers(exec: Execution, ei: ElementInstanceRow, node: FlowNodeModel): boolean {
  const model = exec.modelOf(ei);
  return open(exec, ei, node.boundaryEventIds.map((id) => model.nodes.get(id)!).filter((event) => event.event?.kind !== 'error'));
}

export function openEventSubProcessTriggers(exec: Execution, scope: ElementInstanceRow, node: FlowNodeModel): boolean {
  const model = exec.modelOf(scope);
  const starts = node.eventSubProcessIds.map((id) => model.nodes.get(model.nodes.get(id)!.startEventId!)!);
  return open(exec, scope, starts.filter((start) => start.event?.kind !== 'error'));
}

export function openCatchTrigger(exec: Execution, ei: ElementInstanceRow, node: FlowNodeModel): void {
  open(exec, ei, [node]);
}

export function openEventGatewayTriggers(exec: Execution, ei: ElementInstanceRow, node: FlowNodeModel): void {
  const model = exec.modelOf(ei);
  open(exec, ei, node.outgoing.map((flow) => model.nodes.get(flow.targetId)!));
}

/** A due timer row (already claimed and deleted by the scheduler). */
export function onTimerFired(exec: Execution, timer: TimerRow): void {
  const owner = exec.element(timer.element_instance_key);
  if (!owner || owner.state !== 'ACTIVE') return;
  const event = exec.modelOf(owner).nodes.get(timer.element_id);
  if (!event) return;
  const fired = timer.fired_count + 1;
  const keepsRunning = onEvent(exec, owner, event, undefined);
  if (keepsRunning && owner.state === 'ACTIVE') {
    const next = nextDue(timer.spec, timer.due_date, fired, exec.now);
    if (next !== undefined) createTimer(exec, owner, event, { ...timer.spec, fired }, next);
  }
}

/** A message correlated to a subscription. Returns whether the subscription stays open. */
export function onMessageCorrelated(exec: Execution, subscription: SubscriptionRow, variables: Record<string, JsonValue>): boolean {
  const owner = exec.element(subscription.element_instance_key);
  if (!owner || owner.state !== 'ACTIVE') return false;
  const event = exec.modelOf(owner).nodes.get(subscription.element_id);
  if (!event) return false;
  const stays = onEvent(exec, owner, event, variables);
  if (!stays) exec.state.deleteSubscription(subscription.key);
  return stays;
}

/**
 * Dispatches an event that happened for `owner`. Returns true when the trigger stays open (non-interrupting boundary
 * and event sub-process starts).
 */
function onEvent(exec: Execution, owner: ElementInstanceRow, event: FlowNodeModel, variables: Record<string, JsonValue> | undefined): boolean {
  if (owner.element_id === event.id) {
    // the catch event or receive task itself
    owner.data.eventVariables = variables;
    exec.touch(owner);
    exec.schedule('complete', owner);
    return false;
  }
  if (owner.element_type === 'EVENT_BASED_GATEWAY') {
    const scope = exec.element(owner.flow_scope_key)!;
    exec.schedule('complete', owner);
    exec.state.closeEventTriggers(owner.key);
    exec.enterElement(event, scope, { triggered: true, eventVariables: variables });
    return false;
  }
  if (event.type === 'BOUNDARY_EVENT') {
    triggerBoundary(exec, owner, event, variables);
    return !event.interrupting;
  }
  if (event.type === 'START_EVENT' && event.attachedToId) {
    const esp = exec.modelOf(owner).nodes.get(event.attachedToId)!;
    triggerEventSubProcess(exec, owner, esp, variables);
    return !esp.interrupting;
  }
  return false;
}

export function triggerBoundary(
  exec: Execution,
  attached: ElementInstanceRow,
  boundary: FlowNodeModel,
  variables: Record<string, JsonValue> | undefined,
  local = false,
): void {
  const scope = exec.element(attached.flow_scope_key)!;
  if (boundary.interrupting) terminateElement(exec, attached);
  exec.enterElement(boundary, scope, { eventVariables: variables, eventVariablesLocal: local || undefined });
}

export function triggerEventSubProcess(
  exec: Execution,
  scope: ElementInstanceRow,
  esp: FlowNodeModel,
  variables: Record<string, JsonValue> | undefined,
  local = false,
): void {
  if (esp.interrupting) {
    for (const child of exec.state.activeChildren(scope.key)) terminateElement(exec, child);
    // the other event sub-processes of the scope close; the scope's own boundary events stay armed
    const model = exec.modelOf(scope);
    const starts = exec.nodeOf(scope).eventSubProcessIds.map((id) => model.nodes.get(id)!.startEventId!);
    exec.state.closeTriggersOf(scope.key, starts);
    scope.data.interrupted = true;
    delete scope.data.joins;
    exec.touch(scope);
  }
  const ei = exec.createElement(esp.id, 'EVENT_SUB_PROCESS', scope, scope.process_instance_key);
  ei.data = { eventVariables: variables, eventVariablesLocal: local || undefined };
  exec.schedule('activate', ei);
}

