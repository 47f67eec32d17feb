import type { FlowNodeModel } from '../model/model-types.js';
import { parseTimer } from '../timer/timer-definition.js';
import type { Execution } from './execution.js';
import { evalMaybeFeel, FeelError } from './feel.js';
import type { ElementInstanceRow, TimerSpec } from './runtime-types.js';
import { visibleVariables } from './variable-scopes.js';

/** Timer and message-subscription rows for catch events, evaluated in the scope of the element that waits. */

export class TriggerError extends Error {}

export function createTimer(exec: Execution, owner: ElementInstanceRow, event: FlowNodeModel, spec?: TimerSpec, due?: number): void {
  const pi = exec.processInstanceOf(owner);
  let timerSpec = spec;
  let dueDate = due;
  if (!timerSpec || dueDate === undefined) {
    const timer = event.event!.timer!;
    timerSpec = { kind: timer.kind, value: evaluateTimerValue(exec, owner, timer.value), fired: 0 };
    dueDate = firstDue(timerSpec, exec.now);
  }
  const key = exec.env.keys.take();
  exec.state.newTimers.set(key, {
    key,
    root_key: exec.state.rootKey,
    process_instance_key: owner.process_instance_key,
    element_instance_key: owner.key,
    definition_key: pi.definition_key,
    element_id: event.id,
    tenant_id: pi.tenant_id,
    due_date: dueDate,
    fired_count: timerSpec.fired,
    spec: timerSpec,
  });
}

export function firstDue(spec: TimerSpec, now: number): number {
  try {
    return parseTimer(spec.kind, spec.value).firstDue(now);
  } catch (error) {
    throw new TriggerError((error as Error).message);
  }
}

/** The next occurrence of a cycle after a firing, or undefined when it is exhausted. */
export function nextDue(spec: TimerSpec, previousDue: number, firedCount: number, now: number): number | undefined {
  if (spec.kind !== 'timeCycle') return undefined;
  return parseTimer(spec.kind, spec.value).nextDue(previousDue, firedCount, now);
}

function evaluateTimerValue(exec: Execution, owner: ElementInstanceRow, value: string): string {
  try {
    const result = evalMaybeFeel(value, visibleVariables(exec.state, owner.key), exec.now, ['STRING']);
    return String(result);
  } catch (error) {
    if (error instanceof FeelError) throw new TriggerError(error.message);
    throw error;
  }
}

export function createSubscription(exec: Execution, owner: ElementInstanceRow, event: FlowNodeModel): void {
  const pi = exec.processInstanceOf(owner);
  const context = visibleVariables(exec.state, owner.key);
  let name: string;
  let correlationKey: string;
  try {
    name = String(evalMaybeFeel(event.event!.messageName!, context, exec.now, ['STRING']));
    const value = evalMaybeFeel(event.event!.correlationKey!, context, exec.now);
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new TriggerError(
        `Failed to extract the correlation key for '${event.event!.correlationKey!.replace(/^=/, '')}': The value must be either a string or a number, but was '${value === null ? 'NULL' : Array.isArray(value) ? 'ARRAY' : typeof value === 'object' ? 'OBJECT' : 'BOOLEAN'}'.`,
      );
    }
    correlationKey = String(value);
  } catch (error) {
    if (error instanceof FeelError) throw new TriggerError(error.message);
    throw error;
  }
  const key = exec.env.keys.take();
  exec.state.newSubscriptions.set(key, {
    key,
    root_key: exec.state.rootKey,
    process_instance_key: owner.process_instance_key,
    element_instance_key: owner.key,
    element_id: event.id,
    message_name: name,
    correlation_key: correlationKey,
    tenant_id: pi.tenant_id,
    created_at: exec.now,
  });
}

export function openTrigger(exec: Execution, owner: ElementInstanceRow, event: FlowNodeModel): void {
  if (event.event?.kind === 'timer') createTimer(exec, owner, event);
  else if (event.event?.kind === 'message') createSubscription(exec, owner, event);
}
