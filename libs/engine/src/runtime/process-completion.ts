import type { Execution } from './execution.js';
import type { ElementInstanceRow } from './runtime-types.js';

/** The process instance ended: mark it, and hand control back to a calling call activity. */
export function completeProcessInstance(exec: Execution, processEi: ElementInstanceRow): void {
  const pi = exec.processInstanceOf(processEi);
  pi.state = 'COMPLETED';
  pi.end_date = exec.now;
  exec.state.markProcessInstance(pi);
  const caller = exec.element(pi.parent_element_instance_key);
  if (!caller || caller.state !== 'ACTIVE') return;
  const node = exec.nodeOf(caller);
  const childVariables = exec.variablesOf(processEi.key);
  const hasOutputs = (node.outputs?.length ?? 0) > 0;
  if (hasOutputs || node.calledElement?.propagateAllChildVariables !== false) caller.data.eventVariables = childVariables;
  delete caller.data.calledInstanceKey;
  exec.touch(caller);
  exec.schedule('complete', caller);
}
