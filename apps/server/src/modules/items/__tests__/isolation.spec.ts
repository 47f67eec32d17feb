import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeatureApp, eventually, type FeatureApp } from '../../__tests__/feature-app.js';
import { type Task, grantRole, people, post, taskFor, work } from './walk.helpers.js';

/**
 * Ids guessed across tenants (古县 vs 夏邑) and across units (财政局 vs 发改局) are answered 404 — for reads and
 * writes alike — and change nothing.
 */
describe('tenant and unit isolation of items, tasks and processes', () => {
  let t: FeatureApp;
  let as: ReturnType<typeof people>;
  let itemId: string;
  let rootKey: string;
  let task: Task;
  let documentId: string;
  let snapshot: () => Promise<string>;

  beforeAll(async () => {
    t = await createFeatureApp('itemiso', ['gu', 'xiayi']);
    as = people(t);
    const admin = await as('gu-admin');
    await grantRole(admin, 'supervision-staff', ['items.all']);
    const wang = await as('gu-dcs-wang');
    const item = await post(wang, '/api/items', {
      variables: { title: '财政局专项资金清理', source: 'decision', category: 'ordinary', content: '清理县级专项资金结余并收回统筹。', requirements: '按期反馈', units: [{ unit: 'gu-czj', lead: true }] },
    }).expect(201);
    itemId = item.body.id;
    rootKey = item.body.processInstanceKey;
    for (const who of ['gu-office-fzr', 'gu-office-zr']) await work(await as(who), await taskFor(t, await as(who), itemId, 'listApprove'), { decision: 'approve' });
    await work(wang, await taskFor(t, wang, itemId, 'confirmDelivery'), { contactMethod: 'phone', receivedBy: '韩雪', receivedPhone: '13800000013', delivered: true });
    task = await taskFor(t, await as('gu-czj-head'), itemId, 'deploy');
    documentId = await eventually('a generated document', async () => {
      const docs = (await wang.agent.get(`/api/items/${itemId}/documents`).expect(200)).body.generated as { id: string }[];
      return docs[0]?.id;
    });
    // Bookkeeping of the background reconcilers (checked_at, seen_at, lease) is not a change.
    snapshot = async () =>
      JSON.stringify(await t.sql(`SELECT (SELECT json_agg(to_jsonb(x) - 'checked_at' - 'seen_at' - 'lease_until' ORDER BY id) FROM inbox_task x) AS tasks,
        (SELECT json_agg(to_jsonb(i) - 'checked_at' ORDER BY id) FROM item i) AS items,
        (SELECT count(*) FROM inbox_comment) AS comments, (SELECT count(*) FROM inbox_attachment) AS attachments, (SELECT count(*) FROM item_extension_request) AS ext`));
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  const guesses = () => [
    ['get', `/api/inbox/tasks/${task.id}`],
    ['get', `/api/inbox/tasks/${task.id}/comments`],
    ['get', `/api/inbox/tasks/${task.id}/attachments`],
    ['post', `/api/inbox/tasks/${task.id}/claim`],
    ['post', `/api/inbox/tasks/${task.id}/unclaim`],
    ['post', `/api/inbox/tasks/${task.id}/complete`, { variables: {} }],
    ['post', `/api/inbox/tasks/${task.id}/delegate`, { to: 'gu-czj-lxy' }],
    ['post', `/api/inbox/tasks/${task.id}/comments`, { body: '看看' }],
    ['get', `/api/items/${itemId}`],
    ['get', `/api/items/${itemId}/timeline`],
    ['get', `/api/items/${itemId}/documents`],
    ['get', `/api/items/${itemId}/documents/${documentId}`],
    ['post', `/api/items/${itemId}/extension-requests`, { requestedLimit: '10wd', reason: '需要更多时间' }],
    ['get', `/api/instances/${rootKey}`],
    ['get', `/api/instances/${task.processInstanceKey}`],
  ] as const;

  it("answers 404 to another tenant's administrator for every read and write, changing nothing", async () => {
    const before = await snapshot();
    const xiayi = await as('xiayi-admin');
    for (const [method, url, body] of [
      ...guesses(),
      ['post', `/api/inbox/tasks/${task.id}/assign`, { to: 'xiayi-admin' }],
      ['post', `/api/items/${itemId}/cancel`, { reason: '跨县撤销' }],
      ['post', `/api/items/${itemId}/incidents/1/retry`],
      ['get', '/api/processes/gu-supervision-item/versions'],
      ['get', '/api/processes/gu-supervision-item/versions/1/xml'],
      ['get', '/api/forms/gu-register'],
      ['post', `/api/instances/${rootKey}/cancel`],
    ] as const) {
      const response = method === 'get' ? await xiayi.agent.get(url) : await post(xiayi, url, body ?? {});
      expect(response.status, `${method} ${url}`).toBe(404);
    }
    expect((await xiayi.agent.get('/api/items').expect(200)).body.items).toEqual([]);
    expect((await xiayi.agent.get('/api/inbox/tasks?view=all&text=专项资金').expect(200)).body.items).toEqual([]);
    expect((await xiayi.agent.get('/api/processes').expect(200)).body.every((p: { id: string }) => p.id.startsWith('xiayi-'))).toBe(true);
    expect(await snapshot()).toBe(before);
  });

  it("answers 404 to a person of another unit of the same tenant, changing nothing", async () => {
    const before = await snapshot();
    const fgj = await as('gu-fgj-lxy');
    for (const [method, url, body] of guesses()) {
      const response = method === 'get' ? await fgj.agent.get(url) : await post(fgj, url, body ?? {});
      expect(response.status, `${method} ${url}`).toBe(404);
    }
    expect((await fgj.agent.get('/api/items').expect(200)).body.items).toEqual([]);
    expect(await snapshot()).toBe(before);
    // The unit's own people see it, and where its instances are: the item's and the unit's called one.
    const czj = await as('gu-czj-lxy');
    await czj.agent.get(`/api/items/${itemId}`).expect(200);
    expect((await czj.agent.get(`/api/instances/${rootKey}`).expect(200)).body.bpmnProcessId).toBe('gu-supervision-item');
    const called = (await czj.agent.get(`/api/instances/${task.processInstanceKey}`).expect(200)).body;
    expect(called).toMatchObject({ bpmnProcessId: 'gu-unit-handling', parentProcessInstanceKey: rootKey });
    expect(called.activeElementIds).toContain('deploy');
  });

  it('refuses deploying another tenant’s ids and unparsable files, all or nothing', async () => {
    const admin = await as('gu-admin');
    const before = (await admin.agent.get('/api/processes').expect(200)).body;
    const form = JSON.stringify({ id: 'gu-extra', components: [] });
    const response = await post(admin, '/api/processes/deployments', {
      resources: [{ name: 'gu-extra.form', content: form }, { name: 'x.bpmn', content: '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="xiayi-stolen"/></bpmn:definitions>' }],
    }).expect(400);
    expect(Object.keys(response.body.fields)).toEqual(['resources[1].content']);
    await admin.agent.get('/api/forms/gu-extra').expect(404);
    expect((await admin.agent.get('/api/processes').expect(200)).body).toEqual(before);
  });
});
