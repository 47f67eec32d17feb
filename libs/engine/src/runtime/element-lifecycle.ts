import type { IncidentErrorType } from '@duban/workflow';
import type { Execution } from './execution.js';
import type { ElementInstanceRow } from './runtime-types.js';

/** Incidents, termination and the implicit completion of flow scopes. */

export function raiseIncident(
  exec: Execution,
  ei: ElementInstanceRow,
  errorType: IncidentErrorType,
  message: string,
  options: { jobKey?: string; retryPhase?: 'activate' | 'complete' } = {},
): string {
  const key = exec.env.keys.take();
  exec.state.newIncidents.set(key, {
    key,
    root_key: exec.state.rootKey,
    process_instance_key: ei.process_instance_key,
    element_instance_key: ei.key,
    element_id: ei.element_id,
    job_key: options.jobKey ?? null,
    error_type: errorType,
    error_message: message,
    state: 'ACTIVE',
    created_at: exec.now,
    resolved_at: null,
  });
  ei.incident_key = key;
  if (options.retryPhase) ei.data.retryPhase = options.retryPhase;
  exec.touch(ei);
  return key;
}

/** An activation that fails leaves nothing behind: triggers opened so far are closed, the incident re-runs it. */
export function failActivation(exec: Execution, ei: ElementInstanceRow, errorType: IncidentErrorType, message: string): void {
  exec.state.closeEventTriggers(ei.key);
  exec.state.closedEventScopes.delete(ei.key);
  raiseIncident(exec, ei, errorType, message, { retryPhase: 'activate' });
}

/** Terminates an element instance and everything inside it (children first), including called process instances. */
export function terminateElement(exec: Execution, ei: ElementInstanceRow): void {
  if (ei.state !== 'ACTIVE') return;
  const children = exec.state.activeChildren(ei.key).reverse();
  for (const child of children) terminateElement(exec, child);
  if (ei.element_type === 'CALL_ACTIVITY' && ei.data.calledInstanceKey) {
    const called = exec.element(ei.data.calledInstanceKey);
    if (called) terminateElement(exec, called);
  }
  ei.state = 'TERMINATED';
  ei.end_date = exec.now;
  exec.touch(ei);
  exec.state.endElement(ei.key);
  if (ei.element_type === 'PROCESS') {
    const pi = exec.processInstanceOf(ei);
    pi.state = 'TERMINATED';
    pi.end_date = exec.now;
    exec.state.markProcessInstance(pi);
  }
  if (ei.flow_scope_key) {
    const scope = exec.element(ei.flow_scope_key);
    if (scope?.element_type === 'MULTI_INSTANCE_BODY' && scope.data.mi && scope.state === 'ACTIVE') {
      scope.data.mi.terminated += 1;
      exec.touch(scope);
    }
  }
}

/** A flow scope with no active children and no token waiting at a join completes (implicit end). */
export function checkScopeCompletion(exec: Execution, scope: ElementInstanceRow | undefined): void {
  if (!scope || scope.state !== 'ACTIVE' || scope.element_type === 'MULTI_INSTANCE_BODY') return;
  if (scope.incident_key) return;
  if (exec.state.activeChildren(scope.key).length > 0) return;
  const joins = scope.data.joins ?? {};
  if (Object.values(joins).some((flows) => Object.values(flows).some((count) => count > 0))) return;
  exec.schedule('complete', scope);
}
