/** alpha-parent calls alpha-child, whose one user task goes to the contacts of 一局 (bureau 1). */
const di = (shapes: string) => `<bpmndi:BPMNDiagram id="d"><bpmndi:BPMNPlane id="p" bpmnElement="PROCESS">${shapes}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>`;
const shape = (id: string, x: number, w = 36) => `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${x}" y="100" width="${w}" height="${w === 36 ? 36 : 80}" /></bpmndi:BPMNShape>`;
const edge = (id: string, x1: number, x2: number) => `<bpmndi:BPMNEdge id="${id}_di" bpmnElement="${id}"><di:waypoint x="${x1}" y="118" /><di:waypoint x="${x2}" y="118" /></bpmndi:BPMNEdge>`;
const NS = `xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"`;
const SHAPES = shape('start', 100) + shape('middle', 180, 100) + shape('end', 330) + edge('f1', 136, 180) + edge('f2', 280, 330);

export const PARENT_BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions ${NS} id="alpha-parent-def" targetNamespace="http://duban.example.org/test">
  <bpmn:process id="alpha-parent" name="上级流程" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:callActivity id="middle" name="交办一局">
      <bpmn:extensionElements><zeebe:calledElement processId="alpha-child" propagateAllChildVariables="false" /></bpmn:extensionElements>
    </bpmn:callActivity>
    <bpmn:endEvent id="end" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="middle" />
    <bpmn:sequenceFlow id="f2" sourceRef="middle" targetRef="end" />
  </bpmn:process>
  ${di(SHAPES).replace('PROCESS', 'alpha-parent')}
</bpmn:definitions>`;

export const childBpmn = (taskName: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions ${NS} id="alpha-child-def" targetNamespace="http://duban.example.org/test">
  <bpmn:process id="alpha-child" name="一局办理" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:userTask id="middle" name="${taskName}">
      <bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="contact@alpha-bureau-1" /></bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:endEvent id="end" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="middle" />
    <bpmn:sequenceFlow id="f2" sourceRef="middle" targetRef="end" />
  </bpmn:process>
  ${di(SHAPES).replace('PROCESS', 'alpha-child')}
</bpmn:definitions>`;
