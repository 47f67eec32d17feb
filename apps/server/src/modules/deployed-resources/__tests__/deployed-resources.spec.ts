import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type LoggedIn, type TestApp } from '../../../__tests__/test-app.js';

const dmn = (tenant: string) => `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="${tenant}-limits" name="时限表" namespace="http://duban.example.org/test">
  <decision id="${tenant}-limit" name="时限">
    <decisionTable id="table" hitPolicy="FIRST">
      <input id="in1" label="类别"><inputExpression id="ie1" typeRef="string"><text>category</text></inputExpression></input>
      <output id="out1" name="limit" typeRef="string" />
      <rule id="r1"><inputEntry id="e1"><text>"urgent"</text></inputEntry><outputEntry id="o1"><text>"3d"</text></outputEntry></rule>
    </decisionTable>
  </decision>
  <decision id="${tenant}-channel" name="渠道">
    <decisionTable id="table2" hitPolicy="FIRST">
      <input id="in2" label="类别"><inputExpression id="ie2" typeRef="string"><text>category</text></inputExpression></input>
      <output id="out2" name="channel" typeRef="string" />
      <rule id="r2"><inputEntry id="e2"><text>-</text></inputEntry><outputEntry id="o2"><text>"sms"</text></outputEntry></rule>
    </decisionTable>
  </decision>
</definitions>`;
const form = (tenant: string, label: string) =>
  JSON.stringify({ id: `${tenant}-probe-form`, type: 'default', schemaVersion: 16, components: [{ type: 'textfield', key: 'title', label }] });

describe('GET /api/forms and /api/decisions: what the editors can open', () => {
  let t: TestApp;
  let alpha: LoggedIn;
  let beta: LoggedIn;
  const deploy = (who: LoggedIn, resources: { name: string; content: string }[]) =>
    who.agent.post('/api/processes/deployments').set('x-csrf-token', who.csrf).send({ resources }).expect(201);

  beforeAll(async () => {
    t = await createTestApp('resources', { seed: true });
    alpha = await login(t, 'alpha-admin');
    beta = await login(t, 'beta-admin');
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it('lists the latest version of each of the tenant’s forms and decision files, with the decisions inside', async () => {
    await deploy(alpha, [
      { name: 'alpha-limits.dmn', content: dmn('alpha') },
      { name: 'alpha-probe-form.form', content: form('alpha', '标题') },
    ]);
    await deploy(alpha, [{ name: 'alpha-probe-form.form', content: form('alpha', '事项标题') }]);
    await deploy(beta, [{ name: 'beta-probe-form.form', content: form('beta', '标题') }]);

    const forms = (await alpha.agent.get('/api/forms').expect(200)).body as { formId: string; version: number; deployedAt: string }[];
    expect(forms).toEqual([{ formId: 'alpha-probe-form', version: 2, deployedAt: expect.any(String) }]);
    expect(Date.parse(forms[0].deployedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect((await alpha.agent.get('/api/decisions').expect(200)).body).toEqual([
      { decisionRequirementsId: 'alpha-limits', name: '时限表', version: 1, decisionIds: ['alpha-limit', 'alpha-channel'], deployedAt: expect.any(String) },
    ]);

    // Each tenant sees its own only; anyone logged in may list them, as anyone may already read each form.
    expect(((await beta.agent.get('/api/forms').expect(200)).body as { formId: string }[]).map((f) => f.formId)).toEqual(['beta-probe-form']);
    expect((await beta.agent.get('/api/decisions').expect(200)).body).toEqual([]);
    const staff = await login(t, 'alpha-staff');
    expect(((await staff.agent.get('/api/forms').expect(200)).body as unknown[]).length).toBe(1);
  });
});
