import type { JsonValue } from '@duban/workflow';
import type { FlowNodeModel } from '../model/model-types.js';
import { raiseIncident } from './element-lifecycle.js';
import { triggerBoundary, triggerEventSubProcess } from './event-triggers.js';
import type { Execution } from './execution.js';
import type { ElementInstanceRow } from './runtime-types.js';

/**
 * Throws a BPMN error from `from`: walks out scope by scope (across call activities into the calling process) to the
 * nearest error boundary event or error event sub-process whose code matches (a catch without a code catches all; an
 * exact match wins at the same level). The error's variables stay local to the catch event. Uncaught → UNHANDLED_ERROR_EVENT incident on the throwing element.
 */
export function throwError(
  exec: Execution,
  from: ElementInstanceRow,
  errorCode: string,
  errorMessage: string,
  variables: Record<string, JsonValue> | undefined,
  jobKey?: string,
): void {
  let current: ElementInstanceRow | undefined = from;
  let previous: ElementInstanceRow | undefined;
  while (current) {
    const node = exec.nodeOf(current);
    const isContainer = ['PROCESS', 'SUB_PROCESS', 'EVENT_SUB_PROCESS'].includes(current.element_type);
    if (isContainer && previous?.element_type !== 'EVENT_SUB_PROCESS') {
      const esp = pick(
        node.eventSubProcessIds.map((id) => exec.modelOf(current!).nodes.get(id)!),
        (candidate) => exec.modelOf(current!).nodes.get(candidate.startEventId!)!.event,
        errorCode,
      );
      if (esp) return triggerEventSubProcess(exec, current, esp, variables, true);
    }
    if (!exec.isMultiInstanceInner(current) && current.element_type !== 'PROCESS') {
      const boundary = pick(
        node.boundaryEventIds.map((id) => exec.modelOf(current!).nodes.get(id)!),
        (candidate) => candidate.event,
        errorCode,
      );
      if (boundary) return triggerBoundary(exec, current, boundary, variables, true);
    }
    previous = current;
    current =
      current.element_type === 'PROCESS'
        ? exec.element(exec.processInstanceOf(current).parent_element_instance_key)
        : exec.element(current.flow_scope_key);
  }
  raiseIncident(
    exec,
    from,
    'UNHANDLED_ERROR_EVENT',
    `Expected to throw an error event with the code '${errorCode}' with message '${errorMessage}', but it was not caught. No error events are available in the scope.`,
    { jobKey, retryPhase: jobKey ? undefined : 'activate' },
  );
}

function pick<T extends FlowNodeModel>(
  candidates: T[],
  eventOf: (candidate: T) => FlowNodeModel['event'],
  errorCode: string,
): T | undefined {
  const errors = candidates.filter((candidate) => eventOf(candidate)?.kind === 'error');
  return (
    errors.find((candidate) => eventOf(candidate)?.errorCode === errorCode) ??
    errors.find((candidate) => eventOf(candidate)?.errorCode === undefined)
  );
}
