import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type LoggedIn, type TestApp } from '../../../__tests__/test-app.js';
import { eventually } from '../../__tests__/feature-app.js';
import { InboxProjector } from '../../inbox/inbox-projector.service.js';
import { childBpmn, PARENT_BPMN } from './call-fixture.js';

describe('GET /api/instances/:key: where an instance is, for its diagram', () => {
  let t: TestApp;
  let admin: LoggedIn;
  let contact: LoggedIn;
  let parentKey: string;
  let childKey: string;
  let taskId: string;
  const post = (who: LoggedIn, url: string, body: object) => who.agent.post(url).set('x-csrf-token', who.csrf).send(body);

  beforeAll(async () => {
    t = await createTestApp('instview', { seed: true });
    admin = await login(t, 'alpha-admin');
    contact = await login(t, 'alpha-contact-1');
    await post(admin, '/api/processes/deployments', {
      resources: [
        { name: 'alpha-child.bpmn', content: childBpmn('办理') },
        { name: 'alpha-parent.bpmn', content: PARENT_BPMN },
      ],
    }).expect(201);
    parentKey = (await post(admin, '/api/processes/alpha-parent/instances', { variables: {} }).expect(201)).body.processInstanceKey;
    const projector = t.app.get(InboxProjector);
    const task = await eventually('the child’s task in bureau 1’s inbox', async () => {
      await projector.syncNow();
      return ((await contact.agent.get('/api/inbox/tasks').expect(200)).body.items as { id: string; processInstanceKey: string }[])[0];
    });
    childKey = task.processInstanceKey;
    taskId = task.id;
    // A newer version of the called process: the running child stays on version 1.
    await post(admin, '/api/processes/deployments', { resources: [{ name: 'alpha-child.bpmn', content: childBpmn('办理（新版）') }] }).expect(201);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it('shows the called instance at its own version, with its parent, to whoever has its task — and nothing more', async () => {
    const child = (await contact.agent.get(`/api/instances/${childKey}`).expect(200)).body;
    expect(child).toEqual({
      key: childKey,
      bpmnProcessId: 'alpha-child',
      version: 1,
      state: 'ACTIVE',
      parentProcessInstanceKey: parentKey,
      activeElementIds: ['middle'],
      completedElementIds: ['start'],
      incidentElementIds: [],
    });
    // Not theirs: the parent (no task of theirs, no item), another unit's contact, another tenant, a made-up key.
    await contact.agent.get(`/api/instances/${parentKey}`).expect(404);
    await (await login(t, 'alpha-contact-2')).agent.get(`/api/instances/${childKey}`).expect(404);
    await (await login(t, 'beta-admin')).agent.get(`/api/instances/${childKey}`).expect(404);
    await contact.agent.get('/api/instances/12345678901234').expect(404);
    await contact.agent.get('/api/instances/not-a-key').expect(404);
  });

  it('shows 督查室 (items.all) any instance of the tenant, and administrators its variables and history too', async () => {
    const staff = await login(t, 'alpha-staff');
    const parent = (await staff.agent.get(`/api/instances/${parentKey}`).expect(200)).body;
    expect(parent).toMatchObject({ bpmnProcessId: 'alpha-parent', version: 1, activeElementIds: ['middle'], completedElementIds: ['start'], parentProcessInstanceKey: null });
    expect(parent.variables).toBeUndefined();
    const full = (await admin.agent.get(`/api/instances/${parentKey}`).expect(200)).body;
    expect(full.variables).toEqual({ tenantId: 'alpha' });
    expect(full.elements.find((e: { elementId: string }) => e.elementId === 'middle').name).toBe('交办一局');
  });

  it('keeps showing the finished path to the person who completed the task', async () => {
    await post(contact, `/api/inbox/tasks/${taskId}/claim`, {}).expect(200);
    await post(contact, `/api/inbox/tasks/${taskId}/complete`, { variables: {} }).expect(200);
    const done = await eventually('the child to complete', async () => {
      const body = (await contact.agent.get(`/api/instances/${childKey}`).expect(200)).body;
      return body.state === 'COMPLETED' ? body : undefined;
    });
    expect(done).toMatchObject({ activeElementIds: [], completedElementIds: ['start', 'middle', 'end'] });
    const parent = await eventually('the parent to complete', async () => {
      const body = (await admin.agent.get(`/api/instances/${parentKey}`).expect(200)).body;
      return body.state === 'COMPLETED' ? body : undefined;
    });
    expect(parent.completedElementIds).toEqual(['start', 'middle', 'end']);
  });
});
