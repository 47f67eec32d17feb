/** A user task with an interrupting message boundary event: the message removes the task's job. */
export const INTERRUPTIBLE_BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="http://duban.example.org/test">
  <bpmn:message id="m" name="gu-test-withdraw"><bpmn:extensionElements><zeebe:subscription correlationKey="=itemKey"/></bpmn:extensionElements></bpmn:message>
  <bpmn:process id="gu-test-interrupt" name="测试：可撤回的任务" isExecutable="true">
    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:userTask id="check" name="核查情况">
      <bpmn:extensionElements>
        <zeebe:assignmentDefinition candidateGroups="supervision-staff"/>
        <zeebe:taskSchedule dueDate="=due"/>
      </bpmn:extensionElements>
      <bpmn:incoming>f1</bpmn:incoming>
      <bpmn:outgoing>f2</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:boundaryEvent id="withdrawn" attachedToRef="check"><bpmn:outgoing>f3</bpmn:outgoing><bpmn:messageEventDefinition messageRef="m"/></bpmn:boundaryEvent>
    <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
    <bpmn:endEvent id="cancelled"><bpmn:incoming>f3</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="check"/>
    <bpmn:sequenceFlow id="f2" sourceRef="check" targetRef="end"/>
    <bpmn:sequenceFlow id="f3" sourceRef="withdrawn" targetRef="cancelled"/>
  </bpmn:process>
</bpmn:definitions>`;
