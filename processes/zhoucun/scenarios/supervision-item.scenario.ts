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
]);
