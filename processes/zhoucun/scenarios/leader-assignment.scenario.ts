import assert from 'node:assert/strict';
import { defineScenarios, type ScenarioSession } from '../../../tools/procedures/src/index.js';

// 周村区 五（三）主要领导临时交办事项和批示件：第一时间分解，以《督办单》交办；没有明确时限的立即承接，次日提出办理
// 方案，一般5日内提报办理意见或结果（有明确时限的按要求）；分管领导阅签；督查室汇总后以《督查专报》报区领导参阅。
// 二（一）部门提报督查活动，列入年度督查检查考核计划的，经区政府审批同意后按计划开展、结果备案。

type Unit = { unit: string; lead: boolean; limit?: string };
const units: Unit[] = [{ unit: 'zc-fgj', lead: true }, { unit: 'zc-scjgj', lead: false, limit: '2d' }];
const assignment = {
  assignmentKind: 'instruction',
  leader: '区长孟庆祥',
  title: '企业反映的用电报装难问题',
  content: '区长批示：请发改局牵头、市场监管局配合，尽快解决企业用电报装问题。',
  requirements: '立即承接，次日提出办理方案。',
  units,
};
const report = (text: string) => ({ progress: 'done', report: text, reporter: '联络员', reporterPhone: '13800000031' });

async function planFor(s: ScenarioSession, unit: string): Promise<void> {
  await s.complete({ element: 'plan', group: `unit-contact@${unit}` }, { planText: '协调供电公司上门服务，三日内完成报装。' });
}

export default defineScenarios('zhoucun', [
  {
    id: 'zhoucun-leader-assignment-plan-and-special-report',
    title: '领导批示件：《督办单》编号交办；次日方案（逾期催报）、5日结果跨中秋顺延、协办单位自有2日时限；阅签退回后通过；《督查专报》编期号报区领导、归档',
    startAt: '2026-09-21T09:00:00+08:00',
    async run(s) {
      const item = await s.start('zhoucun-leader-assignment', assignment);
      const plans = await Promise.all(['zc-fgj', 'zc-scjgj'].map((u) => s.task({ element: 'plan', group: `unit-contact@${u}` })));
      assert.deepEqual(plans.map((p) => p.dueDate), ['2026-09-22T23:59:59+08:00', '2026-09-22T23:59:59+08:00'], 'a plan by the next day');
      await planFor(s, 'zc-fgj');
      const works = await s.task({ element: 'work', group: 'unit-contact@zc-fgj' });
      // 5 days end on Saturday 09-26 (中秋 09-25…27) → Monday 09-28.
      assert.equal(works.dueDate, '2026-09-28T23:59:59+08:00');

      await s.advanceTo('2026-09-23T09:00:00+08:00');
      await s.waitFor(plans[1].instanceKey, { completed: 'urgePlan' });
      const urged = (await s.records.notifications()).filter((n) => n.template === 'overdue');
      assert.deepEqual(urged.map((n) => n.personId), ['zc-scj-lxy'], 'the unit without a plan is urged');
      await planFor(s, 'zc-scjgj');
      const assisting = await s.task({ element: 'work', group: 'unit-contact@zc-scjgj' });
      assert.equal(assisting.dueDate, '2026-09-23T23:59:59+08:00', 'its own 2 days');
      await s.complete({ element: 'work', group: 'unit-contact@zc-scjgj' }, report('已核查涉及的两家企业，配合完成报装手续。'));
      await s.complete({ element: 'sign', assignee: 'zc-fqz-yan' }, { decision: 'approve' });
      await s.complete({ element: 'review', group: 'supervision-staff', where: (t) => t.variables.unit === 'zc-scjgj' }, { decision: 'approve' });

      await s.advanceTo('2026-09-28T10:00:00+08:00');
      await s.complete({ element: 'work', group: 'unit-contact@zc-fgj' }, report('供电公司已完成报装。'));
      await s.complete({ element: 'sign', assignee: 'zc-fqz-shi' }, { decision: 'reject', comment: '补充企业满意度回访' });
      await s.complete({ element: 'work', group: 'unit-contact@zc-fgj' }, report('供电公司已完成报装，企业回访满意。'));
      await s.complete({ element: 'sign', assignee: 'zc-fqz-shi' }, { decision: 'approve' });
      await s.complete({ element: 'review', group: 'supervision-staff' }, { decision: 'approve' });
      await s.complete({ element: 'compile', group: 'supervision-staff' }, { summary: '企业用电报装问题已解决，两单位按时办结。' });
      await s.waitFor(item.key, { ended: true });

      const vars = await s.variables(item.key);
      assert.equal(vars.itemNumber, '周督〔2026〕1号');
      assert.equal(vars.specialReportNumber, '《督查专报》2026年第1期');
      assert.deepEqual((vars.unitResults as { unit: string; result: string }[]).map((r) => [r.unit, r.result]), [['zc-fgj', 'on-time'], ['zc-scjgj', 'on-time']]);
      const readers = (await s.records.notifications()).filter((n) => n.body.includes('《督查专报》2026年第1期')).map((n) => n.personId);
      assert.deepEqual(readers.sort(), ['zc-fqz-shi', 'zc-fqz-yan', 'zc-qz-meng']);
      const documents = await s.records.documents();
      assert.deepEqual(documents.map((d) => d.template).filter(Boolean), ['assignment-notice', 'special-report']);
      assert.ok(documents.every((d) => d.archived));
      assert.match(await s.records.documentText(documents[0].id), /周督〔2026〕1号/);
    },
  },
  {
    id: 'zhoucun-inspection-filing',
    title: '督查活动备案：列入年度计划的经督查室主任、区长审批后开展并备案结果；未列入计划的不予备案',
    startAt: '2026-03-02T09:00:00+08:00',
    async run(s) {
      const filing = { applicantUnit: 'zc-scjgj', title: '食品安全专项检查', inAnnualPlan: true, content: '对全区学校食堂开展食品安全检查。', plannedStart: '2026-03-16' };
      const planned = await s.start('zhoucun-inspection-filing', filing);
      const unplanned = await s.start('zhoucun-inspection-filing', { ...filing, title: '农贸市场秤具检查', inAnnualPlan: false }, { itemId: `${s.itemId}-2` });
      await s.complete({ element: 'check', group: 'supervision-staff', instanceKey: unplanned.key }, { decision: 'reject', comment: '未列入年度督查检查考核计划' });
      await s.waitFor(unplanned.key, { ended: true });
      assert.deepEqual((await s.path(unplanned.key)).slice(-2), ['inPlan', 'refused']);

      await s.complete({ element: 'check', group: 'supervision-staff', instanceKey: planned.key }, { decision: 'approve' });
      await s.complete({ element: 'govApprove', assignee: 'zc-dcs-head' }, { decision: 'approve' });
      await s.complete({ element: 'govApprove', assignee: 'zc-qz-meng' }, { decision: 'approve' });
      await s.complete({ element: 'conduct', group: 'unit-contact@zc-scjgj' }, { result: '检查学校食堂42家，发现问题7个，已全部整改。' });
      await s.complete({ element: 'file', group: 'supervision-staff' }, { summary: '食品安全专项检查按计划开展，结果已备案。' });
      await s.waitFor(planned.key, { ended: true });
      assert.deepEqual((await s.path(planned.key)).slice(-3), ['conduct', 'file', 'end']);
      assert.deepEqual((await s.variables(planned.key)).approvers, ['zc-dcs-head', 'zc-qz-meng']);
    },
  },
]);
