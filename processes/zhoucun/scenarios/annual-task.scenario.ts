import assert from 'node:assert/strict';
import { defineScenarios, type Instance, type ScenarioSession } from '../../../tools/procedures/src/index.js';

// 周村区 五（四）贯穿全年的工作任务：按区政府主要领导要求，以周、月、季、年为周期调度推进情况，年底前报告落实完成情况；
// 报告经分管领导阅签、督查室审核。周期：每周五、每月月底、每季末月25日、每年12月20日（zhoucun-cycle.dmn）。

const CYCLES = { weekly: 'zc-zjj', monthly: 'zc-kfq', quarterly: 'zc-sijiao', yearly: 'zc-czj' } as const;
const LEADERS: Record<string, string> = { 'zc-zjj': 'zc-fqz-yan', 'zc-kfq': 'zc-fqz-shi', 'zc-sijiao': 'zc-fqz-yan', 'zc-czj': 'zc-fqz-shi' };
const task = (cycle: string, unit: string) => ({
  cycle,
  title: `全年重点任务（${cycle}）`,
  content: '全年推进的重点工作任务，按周期调度。',
  requirements: '按周期报送推进情况，年底前报告完成情况。',
  units: [{ unit, lead: true }],
});
const report = (progress: 'in-progress' | 'done', text: string) => ({ progress, report: text, reporter: '联络员', reporterPhone: '13800000032' });

/** The unit's next periodic report: checks its due day, submits it, returns whether it was the year's last. */
async function periodReport(s: ScenarioSession, unit: string, day: string): Promise<boolean> {
  const open = await s.task({ element: 'periodReport', group: `unit-contact@${unit}` });
  assert.equal(open.variables.reportDueDay, day, `${unit}: report due on ${day}`);
  await s.complete({ element: 'periodReport', instanceKey: open.instanceKey }, report('in-progress', '本周期各项工作按计划推进。'));
  return open.variables.reportDueLast === true;
}

export default defineScenarios('zhoucun', [
  {
    id: 'zhoucun-annual-tasks-four-cycles-year-end',
    title: '全年任务：周（每周五，漏报催报记录）、月（月底）、季（末月25日）、年（12-20周日顺延12-21）四种周期各自报送到年度最后一期，年底前报告完成情况，阅签、审核、归档',
    startAt: '2026-12-01T09:00:00+08:00',
    async run(s) {
      const items: Record<string, Instance> = {};
      for (const [cycle, unit] of Object.entries(CYCLES)) {
        items[unit] = await s.start('zhoucun-annual-task', task(cycle, unit), { itemId: `${s.itemId}-${cycle}` });
      }
      await s.advanceTo('2026-12-04T10:00:00+08:00');
      assert.equal(await periodReport(s, 'zc-zjj', '2026-12-04'), false);
      await s.advanceTo('2026-12-12T09:00:00+08:00'); // the weekly unit missed Friday 12-11
      await s.waitFor(items['zc-zjj'].key, { completed: 'urged' });
      assert.deepEqual((await s.records.facts()).map((f) => [f.unit, f.fact]), [['zc-zjj', 'overdue']]);
      assert.ok((await s.records.notifications()).some((n) => n.personId === 'zc-zjj-lxy' && n.template === 'report-due'));
      assert.equal(await periodReport(s, 'zc-zjj', '2026-12-11'), false);
      await s.advanceTo('2026-12-18T10:00:00+08:00');
      assert.equal(await periodReport(s, 'zc-zjj', '2026-12-18'), false);
      await s.advanceTo('2026-12-21T10:00:00+08:00');
      assert.equal(await periodReport(s, 'zc-czj', '2026-12-21'), true, 'yearly: 12-20 is a Sunday');
      await s.advanceTo('2026-12-25T10:00:00+08:00');
      assert.equal(await periodReport(s, 'zc-zjj', '2026-12-25'), true, 'the last Friday of the year');
      assert.equal(await periodReport(s, 'zc-sijiao', '2026-12-25'), true, 'quarterly: the 25th of the quarter’s last month');
      await s.advanceTo('2026-12-30T10:00:00+08:00');
      assert.equal(await periodReport(s, 'zc-kfq', '2026-12-31'), true, 'monthly: the month’s last day');

      for (const unit of Object.values(CYCLES)) {
        const yearEnd = await s.task({ element: 'work', group: `unit-contact@${unit}` });
        assert.equal(yearEnd.dueDate, '2026-12-31T23:59:59+08:00', 'the completion report before the year ends');
        await s.complete({ element: 'work', instanceKey: yearEnd.instanceKey }, report('done', '全年任务已全部完成，详见年度总结。'));
        await s.complete({ element: 'sign', assignee: LEADERS[unit], instanceKey: yearEnd.instanceKey }, { decision: 'approve' });
        await s.complete({ element: 'review', group: 'supervision-staff', instanceKey: yearEnd.instanceKey }, { decision: 'approve' });
        await s.complete({ element: 'compile', group: 'supervision-staff', instanceKey: yearEnd.instanceKey }, { summary: '全年任务完成情况已汇总，向区政府领导汇报。' });
        await s.waitFor(yearEnd.instanceKey, { ended: true });
      }
      const periods = await s.localVariables(items['zc-zjj'].key, 'periodReport');
      assert.equal(periods.length, 4, 'four weekly reports');
      assert.deepEqual((await s.records.facts()).map((f) => [f.unit, f.fact]),
        [['zc-zjj', 'overdue'], ['zc-zjj', 'on-time'], ['zc-kfq', 'on-time'], ['zc-sijiao', 'on-time'], ['zc-czj', 'on-time']]);
      assert.equal((await s.records.archives()).length, 4);
      assert.deepEqual((await s.records.numbers()).map((n) => n.number), ['周督〔2026〕1号', '周督〔2026〕2号', '周督〔2026〕3号', '周督〔2026〕4号']);
    },
  },
]);
