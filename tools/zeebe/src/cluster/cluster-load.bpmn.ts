/** start → register → assign → archive → end: three service tasks, like the automatic steps of a procedure. */
export const CLUSTER_TASK_TYPES = ['cluster-register', 'cluster-assign', 'cluster-archive'] as const;

export function clusterLoadProcess(processId: string): string {
  const tasks = CLUSTER_TASK_TYPES.map(
    (type, i) =>
      `<bpmn:serviceTask id="t${i}" name="${type}"><bpmn:extensionElements><zeebe:taskDefinition type="${type}" retries="10"/></bpmn:extensionElements></bpmn:serviceTask>
  <bpmn:sequenceFlow id="f${i + 1}" sourceRef="t${i}" targetRef="${i + 1 < CLUSTER_TASK_TYPES.length ? `t${i + 1}` : 'end'}"/>`,
  ).join('\n  ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="cluster_defs" targetNamespace="https://duban.example/cluster">
<bpmn:process id="${processId}" isExecutable="true">
  <bpmn:startEvent id="start"/>
  <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="t0"/>
  ${tasks}
  <bpmn:endEvent id="end"/>
</bpmn:process>
</bpmn:definitions>`;
}
