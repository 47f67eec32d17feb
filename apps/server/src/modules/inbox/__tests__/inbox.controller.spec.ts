import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkflowEngine } from '@duban/workflow';
import { WORKFLOW_ENGINE } from '../../../platform/workflow/workflow-engine.module.js';
import { createFeatureApp, eventually, type FeatureApp } from '../../__tests__/feature-app.js';
import { type Task, grantRole, people, post, taskFor, work } from '../../items/__tests__/walk.helpers.js';
import { INTERRUPTIBLE_BPMN } from './interrupt.fixture.js';


describe('inbox', () => {
  let t: FeatureApp;
  let as: ReturnType<typeof people>;
  let itemId: string;
  let tasks: Task[];

  beforeAll(async () => {
    t = await createFeatureApp('inbox', ['gu']);
    as = people(t);
    const admin = await as('gu-admin');
    await grantRole(admin, 'supervision-staff', ['items.all']);
    const wang = await as('gu-dcs-wang');
    const item = await post(wang, '/api/items', {
      variables: { title: '城区背街小巷路灯维修', source: 'petition', category: 'ordinary', content: '群众反映城区十条背街小巷路灯损坏。', requirements: '十日内修复', units: [{ unit: 'gu-zjj', lead: true }, { unit: 'gu-czj', lead: false }] },
    }).expect(201);
    itemId = item.body.id;
    for (const who of ['gu-office-fzr', 'gu-office-zr']) await work(await as(who), await taskFor(t, await as(who), itemId, 'listApprove'), { decision: 'approve' });
    tasks = await eventually('two delivery tasks', async () => {
      await t.sync();
      const found = ((await wang.agent.get('/api/inbox/tasks').expect(200)).body.items as Task[]).filter((x) => x.itemId === itemId && x.elementId === 'confirmDelivery');
      return found.length === 2 ? found : undefined;
    });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('lets one candidate claim; the other gets 409 and may not unclaim it', async () => {
    const [wang, liu] = [await as('gu-dcs-wang'), await as('gu-dcs-liu')];
    const claimed = await post(wang, `/api/inbox/tasks/${tasks[0].id}/claim`).expect(200);
    expect(claimed.body.assignee).toEqual({ id: 'gu-dcs-wang', name: '王晓燕' });
    expect((await post(liu, `/api/inbox/tasks/${tasks[0].id}/claim`)).body.code).toBe('CLAIMED_BY_OTHER');
    await post(liu, `/api/inbox/tasks/${tasks[0].id}/unclaim`).expect(200); // liu holds items.all: supervisors may release
    await post(wang, `/api/inbox/tasks/${tasks[0].id}/claim`).expect(200);
    const contact = await as('gu-zjj-lxy');
    expect((await post(contact, `/api/inbox/tasks/${tasks[0].id}/claim`)).status).toBe(404);
  });

  it('delegates and gets back; assigning needs items.all and a person of the tenant', async () => {
    const [wang, liu] = [await as('gu-dcs-wang'), await as('gu-dcs-liu')];
    const delegated = await post(wang, `/api/inbox/tasks/${tasks[0].id}/delegate`, { to: 'gu-dcs-liu' }).expect(200);
    expect(delegated.body).toMatchObject({ assignee: { id: 'gu-dcs-liu' }, owner: { id: 'gu-dcs-wang' } });
    const wangsInbox = (await wang.agent.get('/api/inbox/tasks').expect(200)).body.items as Task[];
    expect(wangsInbox.map((x) => x.id)).toContain(tasks[0].id);
    const back = await post(liu, `/api/inbox/tasks/${tasks[0].id}/give-back`).expect(200);
    expect(back.body).toMatchObject({ assignee: { id: 'gu-dcs-wang' }, owner: null });
    expect((await post(wang, `/api/inbox/tasks/${tasks[0].id}/assign`, { to: 'nobody-here' })).status).toBe(404);
    expect((await post(wang, `/api/inbox/tasks/${tasks[0].id}/assign`, { to: 'Bad Code!' })).body.fields).toHaveProperty('to');
    await post(wang, `/api/inbox/tasks/${tasks[0].id}/assign`, { to: 'gu-dcs-liu' }).expect(200);
    const chen = await as('gu-sec1-chen');
    expect((await post(chen, `/api/inbox/tasks/${tasks[1].id}/assign`, { to: 'gu-sec1-chen' })).status).toBe(403);
  });

  it('refuses task data that would change the tenant or the item of the process', async () => {
    const liu = await as('gu-dcs-liu'); // assigned to liu by the test before
    const refused = await post(liu, `/api/inbox/tasks/${tasks[0].id}/complete`, { variables: { tenantId: 'xiayi', itemId: 'x' } }).expect(400);
    expect(Object.keys(refused.body.fields).sort()).toEqual(['variables.itemId', 'variables.tenantId']);
  });

  it('keeps comments and attachments with type and size limits', async () => {
    const liu = await as('gu-dcs-liu');
    const comment = await post(liu, `/api/inbox/tasks/${tasks[0].id}/comments`, { body: '已电话联系住建局' }).expect(201);
    expect(comment.body).toMatchObject({ authorName: '刘建军', body: '已电话联系住建局' });
    expect((await post(liu, `/api/inbox/tasks/${tasks[0].id}/comments`, { body: '' })).body.fields).toHaveProperty('body');
    const url = `/api/inbox/tasks/${tasks[0].id}/attachments`;
    const ok = await liu.agent.post(url).set('x-csrf-token', liu.csrf).attach('file', Buffer.from('签收记录'), '签收记录.txt').expect(201);
    expect(ok.body).toMatchObject({ name: '签收记录.txt', mediaType: 'text/plain; charset=utf-8', size: 12 });
    expect((await liu.agent.post(url).set('x-csrf-token', liu.csrf).attach('file', Buffer.from('MZ'), 'tool.exe')).body.code).toBe('ATTACHMENT_REFUSED');
    const big = await liu.agent.post(url).set('x-csrf-token', liu.csrf).attach('file', Buffer.alloc(20 * 1024 * 1024 + 1), 'big.pdf');
    expect(big.status).toBe(413);
    const download = await liu.agent.get(`${url}/${ok.body.id}`).expect(200);
    expect(download.text).toBe('签收记录');
    expect((await liu.agent.get(url).expect(200)).body).toHaveLength(1);
  });

  it('filters by text, process, light and variables, pages with a cursor, and names bad filters', async () => {
    const wang = await as('gu-dcs-wang');
    const all = (await wang.agent.get('/api/inbox/tasks?view=all&text=背街小巷').expect(200)).body.items as Task[];
    expect(all.map((x) => x.id).sort()).toEqual(tasks.map((x) => x.id).sort());
    expect((await wang.agent.get('/api/inbox/tasks?view=all&text=不存在的标题').expect(200)).body.items).toEqual([]);
    expect((await wang.agent.get('/api/inbox/tasks?view=all&processId=gu-inspection').expect(200)).body.items).toEqual([]);
    expect((await wang.agent.get('/api/inbox/tasks?view=all&vars={"category":"ordinary"}').expect(200)).body.items.length).toBeGreaterThanOrEqual(2);
    const first = (await wang.agent.get('/api/inbox/tasks?view=all&limit=1').expect(200)).body;
    const second = (await wang.agent.get(`/api/inbox/tasks?view=all&limit=1&cursor=${first.nextCursor}`).expect(200)).body;
    expect(second.items[0].id).not.toBe(first.items[0].id);
    const lit = (await wang.agent.get('/api/inbox/tasks?view=all').expect(200)).body.items as { light: string | null; dueDate: string | null }[];
    expect(lit.every((x) => (x.dueDate ? ['red', 'yellow', 'green'].includes(x.light!) : x.light === null))).toBe(true);
    const bad = await wang.agent.get('/api/inbox/tasks?view=every&light=blue&dueBefore=tomorrow&limit=0').expect(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['dueBefore', 'light', 'limit', 'view']);
    expect((await wang.agent.get('/api/inbox/tasks?cursor=abc').expect(400)).body.code).toBe('INVALID_CURSOR');
    expect((await (await as('gu-zjj-lxy')).agent.get('/api/inbox/tasks?view=all')).status).toBe(403);
  });

  it('keeps saved filters on the server, shared within a role', async () => {
    const [wang, liu] = [await as('gu-dcs-wang'), await as('gu-dcs-liu')];
    const saved = await post(wang, '/api/inbox/filters', { name: '逾期事项', criteria: { overdue: true, sort: 'due' }, sharedWithRole: 'supervision-staff' }).expect(201);
    expect((await liu.agent.get('/api/inbox/filters').expect(200)).body.map((f: { id: string }) => f.id)).toContain(saved.body.id);
    expect((await (await as('gu-czj-lxy')).agent.get('/api/inbox/filters').expect(200)).body).toEqual([]);
    expect((await liu.agent.delete(`/api/inbox/filters/${saved.body.id}`).set('x-csrf-token', liu.csrf)).status).toBe(403);
    expect((await post(wang, '/api/inbox/filters', { name: 'x', criteria: { light: 'blue' } })).body.fields).toHaveProperty('criteria.light');
    expect((await post(wang, '/api/inbox/filters', { name: 'y', criteria: {}, sharedWithRole: 'principal-leader' })).status).toBe(403);
    await wang.agent.delete(`/api/inbox/filters/${saved.body.id}`).set('x-csrf-token', wang.csrf).expect(204);
  });

  it('takes a task whose job was interrupted out of the inbox; completing it answers 410', async () => {
    const admin = await as('gu-admin');
    await post(admin, '/api/processes/deployments', { resources: [{ name: 'gu-test-interrupt.bpmn', content: INTERRUPTIBLE_BPMN }] }).expect(201);
    const engine = t.app.get<WorkflowEngine>(WORKFLOW_ENGINE);
    await post(admin, '/api/processes/gu-test-interrupt/instances', { variables: { itemKey: 'k-1', due: '2020-01-01T23:59:59+08:00', title: '撤回测试' } }).expect(201);
    const wang = await as('gu-dcs-wang');
    const task = await eventually('the interruptible task', async () => {
      await t.sync();
      return ((await wang.agent.get('/api/inbox/tasks').expect(200)).body.items as Task[] & { light: string }[]).find((x) => x.elementId === 'check');
    });
    expect((task as unknown as { light: string }).light).toBe('red');
    await engine.publishMessage({ name: 'gu-test-withdraw', correlationKey: 'k-1', tenantId: 'gu' });
    await eventually('the task to leave the inbox', async () => {
      await t.sync();
      const mine = (await wang.agent.get('/api/inbox/tasks').expect(200)).body.items as Task[];
      return mine.some((x) => x.id === task.id) ? undefined : true;
    });
    expect((await wang.agent.get(`/api/inbox/tasks/${task.id}`).expect(200)).body.task.status).toBe('cancelled');
    expect((await post(wang, `/api/inbox/tasks/${task.id}/complete`, { variables: {} })).body.code).toBe('TASK_GONE');
  });

  it('cancelling the item removes its open tasks at once', async () => {
    const wang = await as('gu-dcs-wang');
    await post(wang, `/api/items/${itemId}/cancel`, { reason: '群众诉求已由供电公司解决' }).expect(204);
    const mine = (await wang.agent.get('/api/inbox/tasks?view=all').expect(200)).body.items as Task[];
    expect(mine.filter((x) => x.itemId === itemId)).toEqual([]);
    expect((await post(wang, `/api/inbox/tasks/${tasks[1].id}/claim`)).body.code).toBe('TASK_GONE');
    expect((await wang.agent.get(`/api/items/${itemId}`).expect(200)).body.item.status).toBe('cancelled');
  });
});
