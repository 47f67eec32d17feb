/** Small BPMN documents for the adapter's specs; the process id is a parameter so runs never collide. */
const header = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="defs" targetNamespace="https://duban.example/test">`;

const task = (id: string, type: string) =>
  `<bpmn:serviceTask id="${id}"><bpmn:extensionElements><zeebe:taskDefinition type="${type}" retries="2"/></bpmn:extensionElements></bpmn:serviceTask>`;

/** start → service task `work` (type = `${id}-work`) with an error boundary `failed` (code REJECTED) → end */
export function serviceTaskProcess(id: string): string {
  return `${header}
<bpmn:process id="${id}" isExecutable="true">
  <bpmn:startEvent id="start"/>
  <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="work"/>
  ${task('work', `${id}-work`)}
  <bpmn:sequenceFlow id="f2" sourceRef="work" targetRef="done"/>
  <bpmn:endEvent id="done"/>
  <bpmn:boundaryEvent id="failed" attachedToRef="work"><bpmn:outgoing>f3</bpmn:outgoing><bpmn:errorEventDefinition errorRef="rejected"/></bpmn:boundaryEvent>
  <bpmn:sequenceFlow id="f3" sourceRef="failed" targetRef="rejectedEnd"/>
  <bpmn:endEvent id="rejectedEnd"/>
</bpmn:process>
<bpmn:error id="rejected" name="rejected" errorCode="REJECTED"/>
</bpmn:definitions>`;
}

/** start → user task `review` (assignee, candidate groups) with an interrupting timer boundary `expire` → end */
export function userTaskProcess(id: string, timer: string): string {
  return `${header}
<bpmn:process id="${id}" isExecutable="true">
  <bpmn:startEvent id="start"/>
  <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review"/>
  <bpmn:userTask id="review"><bpmn:extensionElements>
    <zeebe:assignmentDefinition assignee="zhang" candidateGroups="dcs, leaders"/>
  </bpmn:extensionElements></bpmn:userTask>
  <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="done"/>
  <bpmn:endEvent id="done"/>
  <bpmn:boundaryEvent id="expire" attachedToRef="review" cancelActivity="true"><bpmn:outgoing>f3</bpmn:outgoing><bpmn:timerEventDefinition><bpmn:timeDuration>${timer}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
  <bpmn:sequenceFlow id="f3" sourceRef="expire" targetRef="expired"/>
  <bpmn:endEvent id="expired"/>
</bpmn:process>
</bpmn:definitions>`;
}

/** A service task without a job type: Zeebe refuses the deployment naming the element. */
export function invalidProcess(id: string): string {
  return `${header}
<bpmn:process id="${id}" isExecutable="true">
  <bpmn:startEvent id="start"/>
  <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="broken"/>
  <bpmn:serviceTask id="broken"/>
</bpmn:process>
</bpmn:definitions>`;
}
