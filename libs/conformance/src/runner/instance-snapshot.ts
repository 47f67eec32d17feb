import type {
  ElementInstanceRecord,
  IncidentRecord,
  ProcessInstanceRecord,
  VariableRecord,
  WorkflowHistory,
} from '@duban/workflow';

/** Everything the history says about one instance at one moment. */
export interface InstanceSnapshot {
  instance?: ProcessInstanceRecord;
  elements: ElementInstanceRecord[];
  incidents: IncidentRecord[];
  variables: VariableRecord[];
}

export async function readSnapshot(history: WorkflowHistory, processInstanceKey: string): Promise<InstanceSnapshot> {
  const [instance, elements, incidents, variables] = await Promise.all([
    history.getProcessInstance(processInstanceKey),
    history.listElementInstances(processInstanceKey),
    history.listIncidents(processInstanceKey),
    history.listVariables(processInstanceKey),
  ]);
  return { instance, elements, incidents, variables };
}

const CONTAINER_TYPES = new Set(['PROCESS', 'MULTI_INSTANCE_BODY', 'SEQUENCE_FLOW']);

/** Element instances a path talks about: not the process itself, not multi-instance bodies, not flows. */
export function pathElements(snapshot: InstanceSnapshot): ElementInstanceRecord[] {
  const processId = snapshot.instance?.bpmnProcessId;
  return snapshot.elements.filter(
    (element) =>
      !CONTAINER_TYPES.has(element.elementType) &&
      !(element.elementId === processId && element.key === snapshot.instance?.key),
  );
}

export function rootVariables(snapshot: InstanceSnapshot, processInstanceKey: string): Map<string, unknown> {
  return new Map(
    snapshot.variables
      .filter((variable) => variable.scopeKey === processInstanceKey)
      .map((variable) => [variable.name, variable.value]),
  );
}
