import assert from 'node:assert/strict';
import { defineScenarios, type ScenarioSession } from '../../../tools/procedures/src/index.js';

// 夏政办〔2014〕29号 二（三）市、县十件实事：立项分解 → 县政府主要领导审定 → 责任单位制定实施方案（主要负责同志为第一
// 责任人）→ 每月10日、15日向督查室反馈 → 督查室每月通报、实地查看。

const units = [{ unit: 'xy-chengguan', lead: true }, { unit: 'xy-mzj', lead: false }];
const register = {
  leaderInstruction: '列入县定十件实事，按月调度',
  title: '城区老年助餐点建设',
  content: '年内建成城区老年助餐点十处。',
  requirements: '每月10日、15日反馈建设进度。',
  units,
  mode: 'notice',
};
const progress = (text: string) => ({ progress: 'in-progress', report: text, reporter: '联络员', reporterPhone: '13700000011' });

async function reportOn(s: ScenarioSession, unit: string, day: string, text: string): Promise<string> {
  const task = await s.task({ element: 'periodReport', group: `unit-contact@${unit}` });
  await s.complete({ element: 'periodReport', instanceKey: task.instanceKey }, progress(text));
  assert.equal(task.variables.reportDueDay, day, `${unit} reports for ${day}`);
  return String(task.variables.reportDueDay);
}

async function siteCheckAndBulletin(s: ScenarioSession, due: string): Promise<void> {
  const check = await s.task({ element: 'siteCheck', group: 'supervision-staff' });
  assert.equal(check.dueDate, due);
  await s.complete({ element: 'siteCheck', instanceKey: check.instanceKey }, { methods: ['site', 'special'], findings: '实地查看助餐点建设进度，民政局进度滞后。' });
}

export default defineScenarios('xiayi', [
  {
    id: 'xiayi-ten-projects-10th-and-15th',
    title: '十件实事：主要领导审定，单位主要负责同志定方案；每月10日、15日反馈（11-15周日照常），漏报催报并记录；15日反馈截止后实地查看、20日前月度通报（12-20周日顺延12-21），年度最后一次后归档',
    startAt: '2026-11-02T09:00:00+08:00',
    async run(s) {
      const item = await s.start('xiayi-ten-projects', register);
      await s.complete({ element: 'issueApprovalApprove', assignee: 'xy-xz-jiang' }, { decision: 'approve' });
      for (const { unit } of units) {
        await s.complete({ element: 'acknowledge', group: `unit-contact@${unit}` }, { handler: '专人', handlerPhone: '13700000011', received: true });
        const plan = await s.complete({ element: 'plan', group: `unit-head@${unit}` }, { planText: '分三个片区推进助餐点选址、场地改造、设备采购和运营招标工作。', firstResponsible: '主要负责同志' });
        assert.deepEqual(plan.candidateGroups, [`unit-head@${unit}`], 'the unit head is first responsible');
      }
      assert.equal((await s.variables(item.key)).bulletinDueDay, '2026-11-20');

      await s.advanceTo('2026-11-09T10:00:00+08:00');
      await reportOn(s, 'xy-chengguan', '2026-11-10', '已完成三处助餐点选址。');
      await reportOn(s, 'xy-mzj', '2026-11-10', '已制定助餐补贴办法草案。');
      await s.advanceTo('2026-11-13T10:00:00+08:00');
      await reportOn(s, 'xy-chengguan', '2026-11-15', '两处助餐点开工改造。');
      await s.noTask({ element: 'siteCheck' });
      await s.advanceTo('2026-11-16T09:00:00+08:00'); // 民政局 missed the 15th
      await s.waitFor((await s.task({ element: 'periodReport', group: 'unit-contact@xy-mzj' })).instanceKey, { completed: 'periodMiss' });
      assert.deepEqual((await s.records.facts()).map((f) => [f.unit, f.fact]), [['xy-mzj', 'overdue']]);
      assert.ok((await s.records.notifications()).some((n) => n.personId === 'xy-mzj-lxy' && n.template === 'report-due'));
      await reportOn(s, 'xy-mzj', '2026-11-15', '补贴办法已报县政府常务会议。');

      // The month's check opens once the 15th's reports are in, due on the 20th (not the moment it opens).
      await s.advanceTo('2026-11-18T10:00:00+08:00');
      await siteCheckAndBulletin(s, '2026-11-20T23:59:59+08:00');
      await s.advanceTo('2026-12-09T10:00:00+08:00');
      await reportOn(s, 'xy-chengguan', '2026-12-10', '五处助餐点投入运营。');
      await reportOn(s, 'xy-mzj', '2026-12-10', '补贴办法已印发实施。');
      const last = await s.task({ element: 'periodReport', group: 'unit-contact@xy-mzj' });
      assert.deepEqual([last.variables.reportDueDay, last.variables.reportDueLast], ['2026-12-15', true]);
      for (const { unit } of units) {
        await reportOn(s, unit, '2026-12-15', '全年助餐点建设任务完成。');
        await s.complete({ element: 'review', group: 'supervision-staff', where: (t) => t.variables.unit === unit }, { decision: 'approve' });
      }
      await s.advanceTo('2026-12-17T10:00:00+08:00');
      await siteCheckAndBulletin(s, '2026-12-21T23:59:59+08:00');
      await s.waitFor(item.key, { ended: true });

      const path = await s.path(item.key);
      assert.equal(path.filter((id) => id === 'monthlyBulletin').length, 2);
      assert.deepEqual(path.slice(-3), ['join', 'archive', 'end']);
      assert.deepEqual((await s.records.numbers()).map((n) => n.number), ['夏督通〔2026〕1号', '夏督通〔2026〕2号', '夏督〔2026〕1号']);
      assert.deepEqual((await s.records.facts()).map((f) => [f.unit, f.fact]), [['xy-mzj', 'overdue'], ['xy-chengguan', 'on-time'], ['xy-mzj', 'on-time']]);
      assert.equal((await s.records.documents()).filter((d) => d.template === 'bulletin').length, 2, 'a bulletin each month');
    },
  },
]);
