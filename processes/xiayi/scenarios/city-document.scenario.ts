import assert from 'node:assert/strict';
import { defineScenarios, type ScenarioSession } from '../../../tools/procedures/src/index.js';

// 夏政办〔2014〕29号 二（一）市政府、市政府办公室公文：按县政府领导批示立项分解（单位、时间节点、要求）→ 县政府领导审定
// 后印发 → 责任单位制定工作方案、组织实施、按时反馈 → 督查室审核汇总 → 县政府领导审定 → 按时报市政府。

type Unit = { unit: string; lead: boolean; limit?: string };
const units: Unit[] = [
  { unit: 'xy-jtj', lead: true },
  { unit: 'xy-czj', lead: false, limit: '5wd' },
  { unit: 'xy-chengguan', lead: false, limit: '1m' },
];
const register = (requirements: string) => ({
  leaderInstruction: '请督查室分解落实，按时报市政府',
  title: '落实市政府冬季道路安全保畅工作通知',
  content: '贯彻市政府办公室关于冬季道路安全保畅的通知，排查整治国省干线隐患路段。',
  requirements,
  units,
  mode: 'notice',
});
const report = (text: string) => ({ progress: 'done', report: text, reporter: '联络员', reporterPhone: '13700000010' });
const inUnit = (unit: string) => (t: { variables: Readonly<Record<string, unknown>> }) => t.variables.unit === unit;

/** 签收并明确专人 → 主要负责同志组织制定工作方案. */
async function acknowledgeAndPlan(s: ScenarioSession, unit: string): Promise<void> {
  await s.complete({ element: 'acknowledge', group: `unit-contact@${unit}` }, { handler: '专人', handlerPhone: '13700000010', received: true });
  await s.complete({ element: 'plan', group: `unit-head@${unit}` }, { planText: '成立工作专班，分路段排查整治并建立台账。', firstResponsible: '主要负责同志' });
}

async function reportResult(s: ScenarioSession, unit: string, text: string, decision: 'approve' | 'reject' = 'approve'): Promise<void> {
  await s.complete({ element: 'result', group: `unit-contact@${unit}` }, report(text));
  await s.complete({ element: 'review', group: 'supervision-staff', where: inUnit(unit) }, decision === 'approve' ? { decision } : { decision, comment: '整治台账不完整' });
}

export default defineScenarios('xiayi', [
  {
    id: 'xiayi-city-document-lead-and-two-assisting',
    title: '市政府公文：县领导（牵头单位分管副县长）退回后审定；牵头单位与两个协办单位各自时限（15日跨国庆至10-08、5个工作日跨中秋、1个月）、各自方案和反馈；审核退回；审定后报市、归档',
    startAt: '2026-09-21T09:00:00+08:00',
    async run(s) {
      const item = await s.start('xiayi-city-document', register('按时反馈整治进展。'));
      await s.complete({ element: 'issueApprovalApprove', assignee: 'xy-fxz-cui' }, { decision: 'reject', comment: '请明确各单位时间节点' });
      await s.complete({ element: 'issueApprovalRevise', group: 'supervision-staff' }, register('牵头单位15日内、财政局5个工作日内、城关镇1个月内反馈。'));
      await s.complete({ element: 'issueApprovalApprove', assignee: 'xy-fxz-cui' }, { decision: 'approve', comment: '同意印发' });
      for (const { unit } of units) await acknowledgeAndPlan(s, unit);

      const due = Object.fromEntries(await Promise.all(units.map(async ({ unit }) => [unit, (await s.task({ element: 'result', group: `unit-contact@${unit}` })).dueDate])));
      assert.deepEqual(due, {
        'xy-jtj': '2026-10-08T23:59:59+08:00', // 15 days end on 10-06 (国庆) → the next working day
        'xy-czj': '2026-09-29T23:59:59+08:00', // 5 working days: 09-22…09-24, (中秋 09-25…27), 09-28, 09-29
        'xy-chengguan': '2026-10-21T23:59:59+08:00', // one month
      });
      await reportResult(s, 'xy-czj', '已安排专项资金并拨付到位。');
      await s.advanceTo('2026-10-08T15:00:00+08:00');
      await reportResult(s, 'xy-jtj', '已完成国省干线隐患路段排查整治。');
      await reportResult(s, 'xy-chengguan', '已排查辖区内乡村道路路段。', 'reject');
      await reportResult(s, 'xy-chengguan', '已排查辖区路段12处并全部整治，附台账。');
      await s.complete({ element: 'compile', group: 'supervision-staff' }, { summary: '三个责任单位均按时反馈，隐患路段已整治完毕。' });
      await s.complete({ element: 'reportApprovalApprove', assignee: 'xy-fxz-cui' }, { decision: 'approve' });
      await s.complete({ element: 'submitCity', group: 'supervision-staff' }, { submittedTo: 'city-government', submissionNo: '夏政办报〔2026〕8号', submittedOn: '2026-10-09' });
      await s.waitFor(item.key, { ended: true });

      const vars = await s.variables(item.key);
      assert.equal(vars.itemNumber, '夏督〔2026〕1号');
      assert.deepEqual(vars.leaderInCharge, ['xy-fxz-cui']);
      assert.deepEqual((vars.unitResults as { unit: string; lead: boolean; result: string }[]).map((r) => [r.unit, r.lead, r.result]),
        [['xy-jtj', true, 'on-time'], ['xy-czj', false, 'on-time'], ['xy-chengguan', false, 'on-time']]);
      assert.deepEqual((await s.records.facts()).map((f) => [f.unit, f.fact]),
        [['xy-czj', 'on-time'], ['xy-jtj', 'on-time'], ['xy-chengguan', 'send-back'], ['xy-chengguan', 'on-time']]);
      const assigned = (await s.records.notifications()).filter((n) => n.template === 'assigned').map((n) => n.personId);
      assert.deepEqual(assigned.sort(), ['xy-cg-lxy', 'xy-czj-lxy', 'xy-jtj-lxy']);

      const notice = (await s.records.documents()).find((d) => d.template === 'assignment-notice');
      assert.ok(notice?.archived, 'the notice is filed read-only');
      const text = await s.records.documentText(notice.id);
      assert.match(text, /夏督〔2026〕1号/);
      assert.match(text, /县交通运输局/);
      assert.match(text, /县财政局、城关镇人民政府/);
      const path = await s.path(item.key);
      assert.equal(path.filter((id) => id === 'issueApprovalApprove').length, 2);
      assert.deepEqual(path.slice(-3), ['submitCity', 'archive', 'end']);
    },
  },
]);
