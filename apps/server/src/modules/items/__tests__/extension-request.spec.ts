import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeatureApp, type FeatureApp } from '../../__tests__/feature-app.js';
import { grantRole, people, post, taskFor } from './walk.helpers.js';

/** An item process with 延期申请 as a step: a non-interrupting message event sub-process with an approval task. */
const BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="http://duban.example.org/test">
  <bpmn:message id="m" name="gu-extension-request"><bpmn:extensionElements><zeebe:subscription correlationKey="=itemId"/></bpmn:extensionElements></bpmn:message>
  <bpmn:process id="gu-test-extension" name="测试：可延期的事项" isExecutable="true">
    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:userTask id="handle" name="办理">
      <bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="supervision-staff"/></bpmn:extensionElements>
      <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="handle"/>
    <bpmn:sequenceFlow id="f2" sourceRef="handle" targetRef="end"/>
    <bpmn:subProcess id="extension" triggeredByEvent="true">
      <bpmn:startEvent id="requested" isInterrupting="false"><bpmn:outgoing>e1</bpmn:outgoing><bpmn:messageEventDefinition messageRef="m"/></bpmn:startEvent>
      <bpmn:userTask id="approveExtension" name="审批延期申请">
        <bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="supervision-head"/></bpmn:extensionElements>
        <bpmn:incoming>e1</bpmn:incoming><bpmn:outgoing>e2</bpmn:outgoing>
      </bpmn:userTask>
      <bpmn:endEvent id="decided"><bpmn:incoming>e2</bpmn:incoming></bpmn:endEvent>
      <bpmn:sequenceFlow id="e1" sourceRef="requested" targetRef="approveExtension"/>
      <bpmn:sequenceFlow id="e2" sourceRef="approveExtension" targetRef="decided"/>
    </bpmn:subProcess>
  </bpmn:process>
</bpmn:definitions>`;

describe('extension requests (延期申请)', () => {
  let t: FeatureApp;
  let as: ReturnType<typeof people>;
  beforeAll(async () => {
    t = await createFeatureApp('extension', ['gu']);
    as = people(t);
    const admin = await as('gu-admin');
    await grantRole(admin, 'supervision-staff', ['items.all']);
    await post(admin, '/api/processes/deployments', { resources: [{ name: 'gu-test-extension.bpmn', content: BPMN }] }).expect(201);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('records the request and starts the approval step of the item’s process', async () => {
    const wang = await as('gu-dcs-wang');
    const item = (await post(wang, '/api/items', { processId: 'gu-test-extension', variables: { title: '延期测试事项' } }).expect(201)).body as { id: string };
    await taskFor(t, wang, item.id, 'handle');
    const bad = await post(wang, `/api/items/${item.id}/extension-requests`, { requestedLimit: 'soon', reason: '' }).expect(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['reason', 'requestedLimit']);
    const request = await post(wang, `/api/items/${item.id}/extension-requests`, { requestedLimit: '10wd', reason: '涉及多部门协调，需延长十个工作日' }).expect(201);
    expect(request.body.message).toBe('gu-extension-request');

    const head = await as('gu-dcs-head');
    const approval = await taskFor(t, head, item.id, 'approveExtension');
    const detail = (await head.agent.get(`/api/inbox/tasks/${approval.id}`).expect(200)).body;
    expect(detail.variables).toMatchObject({ extensionLimit: '10wd', extensionReason: '涉及多部门协调，需延长十个工作日', extensionRequestedBy: 'gu-dcs-wang' });
    const view = (await wang.agent.get(`/api/items/${item.id}`).expect(200)).body;
    expect(view.extensionRequests).toEqual([expect.objectContaining({ requestedLimit: '10wd', requestedBy: '王晓燕' })]);
  });
});
