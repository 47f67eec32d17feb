import type { JsonValue } from '@duban/workflow';
import type { FlowNodeModel } from '../model/model-types.js';
import { failActivation, raiseIncident } from './element-lifecycle.js';
import { triggerBoundary, triggerEventSubProcess } from './event-triggers.js';
import type { Execution } from './execution.js';
import { evalMaybeFeel, FeelError } from './feel.js';
import type { ElementInstanceRow } from './runtime-types.js';
import { visibleVariables } from './variable-scopes.js';

const CONTAINERS = new Set(['PROCESS', 'SUB_PROCESS', 'EVENT_SUB_PROCESS']);

/** An error end event: its errorCode may be a FEEL expression (`=…`, a string), evaluated when the event is reached. */
export function throwErrorEndEvent(exec: Execution, ei: ElementInstanceRow, node: FlowNodeModel): void {
  let errorCode: string;
  try {
    errorCode = String(evalMaybeFeel(node.event!.errorCode!, visibleVariables(exec.state, ei.key), exec.now, ['STRING']));
  } catch (error) {
    if (!(error instanceof FeelError)) throw error;
    return failActivation(exec, ei, 'EXTRACT_VALUE_ERROR', error.message);
  }
  throwError(exec, ei, errorCode, '', undefined);
}

/**
 * Throws a BPMN error from `from` the way Zeebe's CatchEventAnalyzer looks for a catch: scope by scope outwards while
 * the scope is active and not interrupted (an interrupting event sub-process ends the search in its process), then in
 * the calling process. At each scope the error event sub-processes and then the boundary events are offered, a
 * matching code before a catch-all. The error's variables stay local to the catch event. Uncaught →
 * UNHANDLED_ERROR_EVENT incident on the throwing element.
 */
export function throwError(
  exec: Execution,
  from: ElementInstanceRow,
  errorCode: string,
  errorMessage: string,
  variables: Record<string, JsonValue> | undefined,
  jobKey?: string,
): void {
  const available: string[] = [];
  for (let instance: ElementInstanceRow | undefined = from; instance?.state === 'ACTIVE'; ) {
    for (let scope: ElementInstanceRow | undefined = instance; scope?.state === 'ACTIVE' && !scope.data.interrupted; scope = exec.element(scope.flow_scope_key)) {
      const event = catchIn(exec, scope, errorCode, available);
      if (event?.type === 'BOUNDARY_EVENT') return triggerBoundary(exec, scope, event, variables, true);
      if (event) return triggerEventSubProcess(exec, scope, exec.modelOf(scope).nodes.get(event.attachedToId!)!, variables, true);
    }
    instance = exec.element(exec.processInstanceOf(instance).parent_element_instance_key);
  }
  const withMessage = errorMessage ? ` with message '${errorMessage}'` : '';
  const catches = available.length === 0 ? ' No error events are available in the scope.' : ` Available error events are [${available.join(', ')}]`;
  raiseIncident(exec, from, 'UNHANDLED_ERROR_EVENT', `Expected to throw an error event with the code '${errorCode}'${withMessage}, but it was not caught.${catches}`, {
    jobKey,
    retryPhase: jobKey ? undefined : 'activate',
  });
}

/** The error catch event of one scope for a code, if any; records the codes it looked at. */
function catchIn(exec: Execution, scope: ElementInstanceRow, errorCode: string, available: string[]): FlowNodeModel | undefined {
  const node = exec.nodeOf(scope);
  const model = exec.modelOf(scope);
  const events: FlowNodeModel[] = [];
  if (CONTAINERS.has(scope.element_type)) events.push(...node.eventSubProcessIds.map((id) => model.nodes.get(model.nodes.get(id)!.startEventId!)!));
  // an inner multi-instance activity's boundary events belong to its body
  if (scope.element_type !== 'PROCESS' && !exec.isMultiInstanceInner(scope)) events.push(...node.boundaryEventIds.map((id) => model.nodes.get(id)!));
  const errors = events.filter((event) => event.event?.kind === 'error');
  available.push(...errors.map((event) => event.event!.errorCode ?? '').sort().reverse());
  return errors.find((event) => event.event!.errorCode === errorCode) ?? errors.find((event) => event.event!.errorCode === undefined);
}
