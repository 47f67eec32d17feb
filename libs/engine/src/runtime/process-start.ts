import type { JsonValue } from '@duban/workflow';
import type { ProcessDefinition } from '../engine/definition-repository.js';
import type { Execution } from './execution.js';
import type { ElementInstanceRow, ProcessInstanceRow } from './runtime-types.js';
import { setLocal } from './variable-scopes.js';

/**
 * Creates a process instance (root or called) and queues the activation of its process element: the process
 * instance key is the key of its PROCESS element instance, as in Zeebe.
 */
export function startProcessInstance(
  exec: Execution,
  definition: ProcessDefinition,
  variables: Record<string, JsonValue>,
  options: { parent?: ElementInstanceRow; key?: string; startElementId?: string; correlationKey?: string; eventVariables?: Record<string, JsonValue> } = {},
): ElementInstanceRow {
  const key = options.key ?? exec.env.keys.take();
  const parentPi = options.parent ? exec.processInstanceOf(options.parent) : undefined;
  const pi: ProcessInstanceRow = {
    key,
    root_key: exec.state.rootKey,
    definition_key: definition.key,
    bpmn_process_id: definition.bpmnProcessId,
    version: definition.version,
    tenant_id: definition.tenantId,
    state: 'ACTIVE',
    start_date: exec.now,
    end_date: null,
    parent_process_instance_key: parentPi?.key ?? null,
    parent_element_instance_key: options.parent?.key ?? null,
    correlation_key: options.correlationKey ?? null,
    position: 0,
  };
  exec.state.markProcessInstance(pi);
  const processEi = exec.createElement(definition.bpmnProcessId, 'PROCESS', undefined, key, key);
  processEi.data = { startElementId: options.startElementId, eventVariables: options.eventVariables };
  setLocal(exec.state, key, variables, exec.now);
  exec.schedule('activate', processEi);
  return processEi;
}
