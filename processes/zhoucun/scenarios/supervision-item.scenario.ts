import assert from 'node:assert/strict';
import { defineScenarios, type ScenarioSession } from '../../../tools/procedures/src/index.js';

// 周村区重大工作部署事项督查管理办法（2021）：无明确时限的 5 个工作日；分管领导阅签；督查室审核（退回 / 落实不力）；
// 逾期 → 说明原因 → 区政府分管领导协调 → 主要领导决策。

const register = (units: { unit: string; lead: boolean; limit?: string }[]) => ({
  source: 'decision',
  title: '老旧小区改造项目推进',
  content: '按区政府常务会议决定推进老旧小区改造，国庆节前完成开工准备。',
  requirements: '按时报送进展，牵头单位汇总。',
  units,
});
const report = (text = '已完成全部开工准备工作，相关手续办理完毕。') => ({
  progress: 'done',
  report: text,
  reporter: '姜波',
  reporterPhone: '13800000001',
});

/** The unit reports, its 分管领导 signs, the office approves. */
async function reportSignApprove(s: ScenarioSession, unit: string, leader: string): Promise<void> {
  await s.complete({ element: 'work', group: `unit-contact@${unit}` }, report());
  await s.complete({ element: 'sign', assignee: leader, where: (t) => t.variables.unit === unit }, { decision: 'approve', comment: '同意上报' });
  await s.complete({ element: 'review', group: 'supervision-staff', where: (t) => t.variables.unit === unit }, { decision: 'approve' });
}

export default defineScenarios('zhoucun', [
  {
    id: 'zhoucun-item-national-day',
    title: '重大事项：牵头与协办单位并行，5 个工作日跨国庆节到调休上班日 10-10，各自时限、阅签、审核、通报、归档',
    startAt: '2026-09-28T09:00:00+08:00',
    async run(s) {
      const item = await s.start('zhoucun-supervision-item', register([
        { unit: 'zc-fgj', lead: true },
        { unit: 'zc-zjj', lead: false, limit: '3d' },
      ]));
      const lead = await s.task({ element: 'work', group: 'unit-contact@zc-fgj' });
      const assisting = await s.task({ element: 'work', group: 'unit-contact@zc-zjj' });
      // 5 working days from Mon 09-28: 09-29, 09-30, (国庆 10-01…10-07), 10-08, 10-09, 10-10 (调休上班).
      assert.equal(lead.dueDate && Date.parse(lead.dueDate), Date.parse('2026-10-10T23:59:59+08:00'));
      // 3 calendar days end on 10-01, a holiday: moved to the next working day, 10-08 (民法典 Art. 203).
      assert.equal(assisting.dueDate && Date.parse(assisting.dueDate), Date.parse('2026-10-08T23:59:59+08:00'));

      await s.advanceTo('2026-10-08T10:00:00+08:00');
      await reportSignApprove(s, 'zc-zjj', 'zc-fqz-yan');
      await s.advanceTo('2026-10-10T15:00:00+08:00');
      await reportSignApprove(s, 'zc-fgj', 'zc-fqz-shi');
      await s.complete({ element: 'compile', group: 'supervision-staff' }, { summary: '牵头单位和协办单位均在时限内办结，报告经分管领导阅签。', publishBulletin: true });
      await s.waitFor(item.key, { ended: true });

      assert.deepEqual(await s.path(item.key).then((p) => p.filter((id) => !['work', 'sign', 'review', 'signed', 'reviewed', 'score', 'uEnd', 'uStart', 'deadline', 'assigned', 'resolveLeader', 'dueSoon', 'urge', 'urged'].includes(id))),
        ['start', 'limits', 'number', 'notice', 'unitWork', 'unitWork', 'compile', 'publish', 'bulletinNo', 'bulletin', 'archive', 'end']);
      const vars = await s.variables(item.key);
      assert.equal(vars.itemNumber, '周督〔2026〕1号');
      assert.equal(vars.bulletinNumber, '《周村督查》2026年第1期');
      const facts = await s.records.facts();
      assert.deepEqual(facts.map((f) => [f.unit, f.fact]).sort(), [['zc-fgj', 'on-time'], ['zc-zjj', 'on-time']]);
      const notified = await s.records.notifications();
      assert.ok(notified.some((n) => n.personId === 'zc-fgj-lxy' && n.template === 'assigned'));
      assert.ok(notified.some((n) => n.personId === 'zc-zjj-lxy' && n.template === 'assigned'));
      // The reminder the day before each deadline (the assisting unit's fell due on 10-07 09:00).
      assert.ok(notified.some((n) => n.personId === 'zc-zjj-lxy' && n.template === 'due-soon'));
      const documents = await s.records.documents();
      assert.deepEqual(documents.filter((d) => d.template).map((d) => d.template), ['assignment-notice', 'bulletin']);
      assert.ok(documents.every((d) => d.archived), 'every document (and the variables snapshot) is archived read-only');
      assert.equal((await s.records.archives()).length, 1);
    },
  },
  {
    id: 'zhoucun-item-escalation-send-back-poor',
    title: '重大事项逾期：说明原因 → 分管领导协调未解决 → 主要领导决策定新时限；阅签退回、审核退回、落实不力通报后办结',
    startAt: '2026-03-02T09:00:00+08:00',
    async run(s) {
      const item = await s.start('zhoucun-supervision-item', register([{ unit: 'zc-czj', lead: true }]));
      const work = await s.task({ element: 'work', group: 'unit-contact@zc-czj' });
      assert.equal(work.variables.dueDate, '2026-03-09T23:59:59+08:00', '5 working days');
      await s.advanceTo('2026-03-10T09:00:00+08:00');
      await s.noTask({ element: 'work' });
      await s.complete({ element: 'explain', group: 'unit-contact@zc-czj' }, { reason: '资金缺口需区级统筹', nextSteps: '提请区政府协调资金', needsCoordination: true });
      await s.complete({ element: 'coordinate', assignee: 'zc-fqz-shi' }, { coordination: '协调财政调剂未果', coordinated: 'false' });
      await s.complete({ element: 'decide', group: 'principal-leader' }, { leaderDecision: '从预备费列支，10日内完成。', nextLimit: '10d' });
      const again = await s.task({ element: 'work', group: 'unit-contact@zc-czj' });
      assert.equal(again.variables.dueDate, '2026-03-20T23:59:59+08:00', 'the new limit set by the 主要领导');
      assert.deepEqual((await s.records.escalations()).map((e) => [e.level, e.people]), [[1, ['zc-fqz-shi']], [2, ['zc-qz-meng']]]);

      await s.complete({ element: 'work', group: 'unit-contact@zc-czj' }, report('资金已落实，项目已开工建设。'));
      await s.complete({ element: 'sign', assignee: 'zc-fqz-shi' }, { decision: 'reject', comment: '补充资金拨付凭证' });
      await s.complete({ element: 'work', group: 'unit-contact@zc-czj' }, report('资金已拨付到位，附拨付凭证，项目已开工。'));
      await s.complete({ element: 'sign', assignee: 'zc-fqz-shi' }, { decision: 'approve' });
      await s.complete({ element: 'review', group: 'supervision-staff' }, { decision: 'reject', comment: '进度数据不实' });
      await s.complete({ element: 'work', group: 'unit-contact@zc-czj' }, report('更正进度数据：完成投资的百分之四十。'));
      await s.complete({ element: 'sign', assignee: 'zc-fqz-shi' }, { decision: 'approve' });
      await s.complete({ element: 'review', group: 'supervision-staff' }, { decision: 'poor', comment: '敷衍应付' });
      const redo = await s.task({ element: 'redo', group: 'unit-contact@zc-czj' });
      assert.equal(redo.variables.redoDue, '2026-03-17T23:59:59+08:00', '5 working days after the bulletin');
      await s.complete({ element: 'redo', group: 'unit-contact@zc-czj' }, report('按通报要求全面整改，项目形象进度过半。'));
      await s.complete({ element: 'sign', assignee: 'zc-fqz-shi' }, { decision: 'approve' });
      await s.complete({ element: 'review', group: 'supervision-staff' }, { decision: 'approve' });
      await s.complete({ element: 'compile', group: 'supervision-staff' }, { summary: '财政局事项经协调决策后办结，期间被通报落实不力。', publishBulletin: false });
      await s.waitFor(item.key, { ended: true });

      assert.deepEqual((await s.records.facts()).map((f) => f.fact), ['overdue', 'send-back', 'poor-implementation', 'on-time']);
      const vars = await s.variables(item.key);
      assert.deepEqual((vars.unitResults as { result: string }[]).map((r) => r.result), ['on-time']);
      assert.ok((await s.records.documents()).every((d) => d.archived), 'the 落实不力 bulletin is filed with the item');
      assert.deepEqual((await s.records.numbers()).map((n) => [n.scheme, n.number]), [['bulletin', '《周村督查》2026年第1期'], ['default', '周督〔2026〕1号']], 'the 落实不力 bulletin has its own issue number');
    },
  },
]);
