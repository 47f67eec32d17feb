import type { JsonValue } from '@duban/workflow';
import type { FlowNodeModel } from '../model/model-types.js';
import { failActivation, raiseIncident, terminateElement } from './element-lifecycle.js';
import { openBoundaryTriggers } from './event-triggers.js';
import type { Execution } from './execution.js';
import { evalFeel, FeelError } from './feel.js';
import type { ElementInstanceRow } from './runtime-types.js';
import { propagate, setLocal, visibleVariables } from './variable-scopes.js';

/**
 * Multi-instance bodies as Zeebe runs them: the body holds the boundary events and the output collection; inner
 * instances get `loopCounter` and the input element as local variables.
 */
export function activateMultiInstanceBody(exec: Execution, body: ElementInstanceRow): void {
  const node = exec.nodeOf(body);
  const mi = node.multiInstance!;
  let collection: JsonValue[];
  try {
    collection = evalFeel(mi.inputCollection!.replace(/^=/, ''), visibleVariables(exec.state, body.key), exec.now, ['ARRAY']) as JsonValue[];
  } catch (error) {
    if (!(error instanceof FeelError)) throw error;
    return failActivation(exec, body, 'EXTRACT_VALUE_ERROR', error.message);
  }
  if (node.boundaryEventIds.length > 0 && !openBoundaryTriggers(exec, body, node)) return;
  body.data.mi = { total: collection.length, completed: 0, terminated: 0, nextIndex: 0, collection };
  if (mi.outputCollection) setLocal(exec.state, body.key, { [mi.outputCollection]: collection.map(() => null) }, exec.now);
  exec.touch(body);
  if (collection.length === 0) return exec.schedule('complete', body);
  const count = mi.sequential ? 1 : collection.length;
  for (let index = 0; index < count; index += 1) startInner(exec, body, node);
}

function startInner(exec: Execution, body: ElementInstanceRow, node: FlowNodeModel): void {
  const state = body.data.mi!;
  const index = state.nextIndex;
  state.nextIndex += 1;
  const inner = exec.createElement(node.id, node.type, body, body.process_instance_key);
  inner.data = { loopCounter: index + 1 };
  const locals: Record<string, JsonValue> = { loopCounter: index + 1 };
  if (node.multiInstance!.inputElement) locals[node.multiInstance!.inputElement] = state.collection[index] ?? null;
  // Zeebe creates an output element that is a plain variable name as a local null, so what the inner instance
  // produces under that name stays in it instead of propagating to the parent scope
  const outputName = /^=?\s*([A-Za-z_][\w]*)\s*$/.exec(node.multiInstance!.outputElement ?? '')?.[1];
  if (outputName && !(outputName in locals)) locals[outputName] = null;
  setLocal(exec.state, inner.key, locals, exec.now);
  exec.touch(body);
  exec.schedule('activate', inner);
}

/** Writes the inner instance's output element into the body's output collection. False on an incident. */
export function evaluateOutputElement(exec: Execution, inner: ElementInstanceRow, node: FlowNodeModel): boolean {
  const mi = node.multiInstance!;
  if (!mi.outputCollection || !mi.outputElement) return true;
  const body = exec.element(inner.flow_scope_key)!;
  let value: JsonValue;
  try {
    value = evalFeel(mi.outputElement.replace(/^=/, ''), visibleVariables(exec.state, inner.key), exec.now);
  } catch (error) {
    if (!(error instanceof FeelError)) throw error;
    raiseIncident(exec, inner, 'EXTRACT_VALUE_ERROR', error.message, { retryPhase: 'complete' });
    return false;
  }
  const current = exec.state.variables.get(body.key)?.get(mi.outputCollection);
  const list = Array.isArray(current) ? [...current] : [];
  list[(inner.data.loopCounter ?? 1) - 1] = value;
  setLocal(exec.state, body.key, { [mi.outputCollection]: list }, exec.now);
  return true;
}

/** After an inner instance completed: completion condition, next sequential instance, or the body completes. */
export function onInnerInstanceEnded(exec: Execution, body: ElementInstanceRow, inner: ElementInstanceRow): void {
  if (body.state !== 'ACTIVE') return;
  const node = exec.nodeOf(body);
  const state = body.data.mi!;
  state.completed += 1;
  exec.touch(body);
  const active = exec.state.activeChildren(body.key);
  const condition = node.multiInstance!.completionCondition;
  if (condition) {
    const context = {
      ...visibleVariables(exec.state, inner.key),
      numberOfInstances: state.total,
      numberOfActiveInstances: active.length,
      numberOfCompletedInstances: state.completed,
      numberOfTerminatedInstances: state.terminated,
    };
    let done: JsonValue;
    try {
      done = evalFeel(condition, context, exec.now, ['BOOLEAN']);
    } catch (error) {
      if (!(error instanceof FeelError)) throw error;
      raiseIncident(exec, body, 'CONDITION_ERROR', error.message, { retryPhase: 'complete' });
      return;
    }
    if (done === true) {
      for (const child of active) terminateElement(exec, child);
      return exec.schedule('complete', body);
    }
  }
  if (node.multiInstance!.sequential && state.nextIndex < state.total) return startInner(exec, body, node);
  if (active.length === 0) exec.schedule('complete', body);
}

/** Body completion: the output collection goes to the flow scope. */
export function completeMultiInstanceBody(exec: Execution, body: ElementInstanceRow, node: FlowNodeModel): boolean {
  const output = node.multiInstance!.outputCollection;
  if (output) {
    const value = exec.state.variables.get(body.key)?.get(output) ?? [];
    propagate(exec.state, body.flow_scope_key!, { [output]: value }, exec.now);
  }
  return true;
}

