import type { FlowNodeModel } from '../model/model-types.js';
import { failActivation } from './element-lifecycle.js';
import type { Execution } from './execution.js';
import { evalMaybeFeel, FeelError } from './feel.js';
import { startProcessInstance } from './process-start.js';
import type { ElementInstanceRow } from './runtime-types.js';
import { visibleVariables } from './variable-scopes.js';

/**
 * Starts the called process (latest version) as a child in the same hierarchy. It receives every visible variable
 * (propagateAllParentVariables, the default) or only the call activity's input-mapped locals.
 */
export async function activateCallActivity(exec: Execution, ei: ElementInstanceRow, node: FlowNodeModel): Promise<void> {
  const called = node.calledElement!;
  let processId: string;
  try {
    processId = String(evalMaybeFeel(called.processId, visibleVariables(exec.state, ei.key), exec.now, ['STRING']));
  } catch (error) {
    if (!(error instanceof FeelError)) throw error;
    return failActivation(exec, ei, 'EXTRACT_VALUE_ERROR', error.message);
  }
  const tenantId = exec.processInstanceOf(ei).tenant_id;
  const definition = await exec.env.definitions.latest(exec.env.db, tenantId, processId);
  if (!definition) {
    return failActivation(exec, ei, 'CALLED_ELEMENT_ERROR', `Expected process with BPMN process id '${processId}' to be deployed, but not found.`);
  }
  if (!definition.model.root.noneStartId) {
    return failActivation(exec, ei, 'CALLED_ELEMENT_ERROR', `Expected process with BPMN process id '${processId}' to have a none start event, but not found.`);
  }
  await exec.definition(definition.key);
  const variables = called.propagateAllParentVariables ? visibleVariables(exec.state, ei.key) : exec.variablesOf(ei.key);
  const child = startProcessInstance(exec, definition, variables, { parent: ei });
  ei.data.calledInstanceKey = child.key;
  exec.touch(ei);
}
