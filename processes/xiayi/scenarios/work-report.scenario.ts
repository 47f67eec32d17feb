import assert from 'node:assert/strict';
import { defineScenarios, type ScenarioSession } from '../../../tools/procedures/src/index.js';

// 夏政办〔2014〕29号：《政府工作报告》重点工作由责任单位于4月10日、7月10日、10月10日、12月10日反馈；
// 督查室每季度督查；未按时反馈的列入季度通报批评。

const register = {
  leaderInstruction: '请督查室跟踪督办',
  title: '农村公路提质改造',
  content: '完成《政府工作报告》确定的农村公路提质改造任务。',
  requirements: '按规定日期反馈落实情况。',
  units: [{ unit: 'xy-jtj', lead: true }],
};
const report = (progress: string) => ({ progress, report: '本期完成路基改造12公里，进度符合计划。', reporter: '交通局联络员', reporterPhone: '13700000001' });

async function issueAndAcknowledge(s: ScenarioSession): Promise<void> {
  await s.complete({ element: 'issueApprovalApprove', assignee: 'xy-xz-jiang' }, { decision: 'approve' });
  await s.complete({ element: 'acknowledge', group: 'unit-contact@xy-jtj' }, { handler: '交通局联络员', handlerPhone: '13700000001', received: true });
  await s.complete({ element: 'plan', group: 'unit-head@xy-jtj' }, { planText: '分三个阶段推进，每季度完成三分之一的改造里程并报送进度。', firstResponsible: '交通局局长' });
}

export default defineScenarios('xiayi', [
  {
    id: 'xiayi-work-report-fixed-dates',
    title: '政府工作报告：10月10日、12月10日按期反馈（年度最后一次结束反馈），督查室季度督查（9月20日调休上班日、12月21日），审核、归档',
    startAt: '2026-09-01T09:00:00+08:00',
    async run(s) {
      const item = await s.start('xiayi-work-report', register);
      await issueAndAcknowledge(s);
      const first = await s.task({ element: 'periodReport', group: 'unit-contact@xy-jtj' });
      assert.equal(first.variables.reportDueDay, '2026-10-10', 'a Saturday (调休上班日) kept as the fixed date');
      assert.equal(first.variables.reportDueLast, false);
      const quarterDue = (await s.variables(item.key)).inspectionDueDay;
      assert.equal(quarterDue, '2026-09-20', 'quarterly:20 — 09-20 is a Sunday but a make-up working day (国庆节调休)');

      await s.advanceTo('2026-09-21T10:00:00+08:00');
      await s.complete({ element: 'quarterly', group: 'supervision-staff' }, { methods: ['quarterly', 'site'], findings: '第三季度改造进度符合计划。' });
      await s.advanceTo('2026-10-09T10:00:00+08:00');
      await s.complete({ element: 'periodReport', group: 'unit-contact@xy-jtj' }, report('in-progress'));
      const second = await s.task({ element: 'periodReport', group: 'unit-contact@xy-jtj' });
      assert.deepEqual([second.variables.reportDueDay, second.variables.reportDueLast], ['2026-12-10', true]);
      await s.advanceTo('2026-12-09T10:00:00+08:00');
      await s.complete({ element: 'periodReport', group: 'unit-contact@xy-jtj' }, report('in-progress'));
      await s.complete({ element: 'review', group: 'supervision-staff' }, { decision: 'approve' });
      await s.advanceTo('2026-12-22T10:00:00+08:00'); // 12-20 is a Sunday: the inspection falls on Monday 12-21, due at its end
      await s.complete({ element: 'quarterly', group: 'supervision-staff' }, { methods: ['quarterly'], findings: '全年改造任务按计划推进完成。' });
      await s.waitFor(item.key, { ended: true });

      const path = await s.path(item.key);
      assert.equal(path.filter((id) => id === 'quarterly').length, 2);
      assert.deepEqual(path.slice(-3), ['join', 'archive', 'end']);
      assert.deepEqual((await s.records.facts()).map((f) => [f.unit, f.fact]), [['xy-jtj', 'on-time']]);
      assert.equal((await s.records.documents()).filter((d) => d.template === 'special-report').length, 2, 'each quarter reported upward');
    },
  },
  {
    id: 'xiayi-work-report-across-year-boundary',
    title: '政府工作报告：12月中旬立项，首次反馈为次年4月10日；逾期未报记录并催报，补报后下一次为次年7月10日',
    startAt: '2026-12-15T09:00:00+08:00',
    async run(s) {
      const item = await s.start('xiayi-work-report', register);
      await issueAndAcknowledge(s);
      const first = await s.task({ element: 'periodReport', group: 'unit-contact@xy-jtj' });
      assert.equal(first.variables.reportDueDay, '2027-04-10', 'after 12-10 the next window is next year’s first');
      assert.equal((await s.variables(item.key)).inspectionDueDay, '2026-12-21');

      await s.advanceTo('2026-12-22T10:00:00+08:00');
      await s.complete({ element: 'quarterly', group: 'supervision-staff' }, { methods: ['quarterly'], findings: '已完成任务分解部署和方案制定。' });
      await s.advanceTo('2027-04-11T09:00:00+08:00');
      await s.settle();
      assert.deepEqual((await s.records.facts()).map((f) => [f.unit, f.fact]), [['xy-jtj', 'overdue']], 'missed date recorded for the bulletin');
      assert.ok((await s.records.notifications()).some((n) => n.personId === 'xy-jtj-lxy' && n.template === 'report-due'));
      await s.complete({ element: 'periodReport', group: 'unit-contact@xy-jtj' }, report('in-progress'));
      const next = await s.task({ element: 'periodReport', group: 'unit-contact@xy-jtj' });
      assert.equal(next.variables.reportDueDay, '2027-07-10');
    },
  },
]);
