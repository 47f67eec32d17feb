import assert from 'node:assert/strict';
import { defineScenarios, type ScenarioSession } from '../../../tools/procedures/src/index.js';

// 夏政办〔2014〕29号 二（八）领导交办的其它工作事项：督查室起草 → 分管督查副主任 → 办公室主任审定 → 下发通知单 →
// 责任单位上报进度及结果 → 督查室审核 → 副主任、主任审阅 → 县领导审定 → 督查通报。
// 三（三）每季度通报一次：按时反馈、落实较好的表扬，推进不力、未按时反馈的批评；情节严重的移交纪检监察。

const units: { unit: string; lead: boolean; limit?: string }[] = [
  { unit: 'xy-mzj', lead: true },
  { unit: 'xy-rsj', lead: false, limit: '7d' },
  { unit: 'xy-fgw', lead: false, limit: '10wd' },
];
const register = {
  leaderInstruction: '请督查室抓紧督办，年底前见成效',
  title: '城区养老服务设施补短板',
  content: '按县政府领导交办要求，补齐城区养老服务设施短板。',
  requirements: '牵头单位统筹，协办单位按各自时限报送结果。',
  units,
  mode: 'notice',
};
const report = (text: string) => ({ progress: 'done', report: text, reporter: '联络员', reporterPhone: '13700000009' });
const inUnit = (unit: string) => (t: { variables: Readonly<Record<string, unknown>> }) => t.variables.unit === unit;

async function handle(s: ScenarioSession, unit: string, text: string, decision: 'approve' | 'reject' = 'approve'): Promise<void> {
  await s.complete({ element: 'result', group: `unit-contact@${unit}` }, report(text));
  await s.complete({ element: 'review', group: 'supervision-staff', where: inUnit(unit) }, decision === 'reject' ? { decision, comment: '未附佐证材料' } : { decision });
}

export default defineScenarios('xiayi', [
  {
    id: 'xiayi-other-assignment-to-quarterly-bulletin',
    title: '领导交办事项：牵头与两个协办单位各自时限（15日 / 7日 / 10个工作日）、退回、逾期催办，副主任→主任→县领导审定后通报；次年1月5日季度通报跨年统计第四季度，表扬与批评、移交纪检',
    startAt: '2026-10-12T09:00:00+08:00',
    async run(s) {
      s.adopt('xiayi-quarterly-bulletin');
      const item = await s.start('xiayi-other-assignment', register);
      await s.complete({ element: 'issueApprovalApprove', assignee: 'xy-office-fzr' }, { decision: 'approve' });
      await s.complete({ element: 'issueApprovalApprove', assignee: 'xy-office-zr' }, { decision: 'approve' });
      for (const { unit } of units) {
        await s.complete({ element: 'acknowledge', group: `unit-contact@${unit}` }, { handler: '专人', handlerPhone: '13700000009', received: true });
      }
      const due = Object.fromEntries(await Promise.all(units.map(async ({ unit }) => [unit, (await s.task({ element: 'result', group: `unit-contact@${unit}` })).dueDate])));
      assert.deepEqual(due, {
        'xy-mzj': '2026-10-27T23:59:59+08:00', // the lead's default 15 days
        'xy-rsj': '2026-10-19T23:59:59+08:00', // its own 7 days
        'xy-fgw': '2026-10-26T23:59:59+08:00', // its own 10 working days
      });
      await handle(s, 'xy-fgw', '已完成两处养老服务设施选址和立项手续。');
      await handle(s, 'xy-mzj', '已完成日间照料中心改造方案。', 'reject');
      await handle(s, 'xy-mzj', '已完成日间照料中心改造方案，附验收资料。');

      await s.advanceTo('2026-10-20T09:00:00+08:00');
      const late = await s.task({ element: 'result', group: 'unit-contact@xy-rsj' });
      await s.waitFor(late.instanceKey, { completed: 'markOverdue' });
      const urged = (await s.records.notifications()).filter((n) => n.template === 'overdue');
      assert.deepEqual(urged.map((n) => n.personId), ['xy-rsj-lxy'], 'only the late unit is urged');
      await handle(s, 'xy-rsj', '已落实养老护理员岗位补贴政策并公示。');
      await s.complete({ element: 'compile', group: 'supervision-staff' }, { summary: '三个单位均已办结，人社局逾期一天。' });
      for (const reader of ['xy-office-fzr', 'xy-office-zr', 'xy-xz-jiang']) {
        await s.complete({ element: 'readApprovalApprove', assignee: reader }, { decision: 'approve' });
      }
      await s.waitFor(item.key, { ended: true });
      const vars = await s.variables(item.key);
      assert.equal(vars.itemNumber, '夏督〔2026〕1号');
      assert.equal(vars.bulletinNumber, '夏督通〔2026〕1号');
      assert.deepEqual((vars.unitResults as { unit: string; result: string }[]).map((r) => [r.unit, r.result]), [['xy-mzj', 'on-time'], ['xy-rsj', 'overdue'], ['xy-fgw', 'on-time']]);
      const path = await s.path(item.key);
      assert.equal(path.filter((id) => id === 'readApprovalApprove').length, 3, '副主任 → 主任 → 县领导');
      assert.deepEqual(path.slice(-4), ['bulletinNo', 'bulletin', 'archive', 'end']);

      // The quarterly bulletin starts itself on 5 January and looks back on the fourth quarter of 2026.
      await s.advanceTo('2027-01-05T10:00:00+08:00');
      const check = await s.task({ element: 'check', group: 'supervision-staff' });
      const document = (await s.records.documents()).find((d) => d.template === 'quarterly-bulletin');
      assert.ok(document, 'the quarterly bulletin is generated');
      const text = await s.records.documentText(document.id);
      assert.match(text, /2026年第四季度/);
      assert.match(text, /县发展和改革委员会按时保质完成督办事项，予以表扬/);
      assert.match(text, /县民政局：退回重办 1 次/);
      assert.match(text, /县人力资源和社会保障局：逾期 1 件/, 'one late result is one overdue');
      await s.complete({ element: 'check', instanceKey: check.instanceKey }, { praised: '县发展和改革委员会', criticised: '县民政局、县人力资源和社会保障局', referDiscipline: true });
      await s.complete({ element: 'discipline', group: 'supervision-head' }, { referral: '人社局多次未按时反馈，移交纪检监察部门。', referralNo: '夏督移〔2027〕1号' });
      await s.waitFor(check.instanceKey, { ended: true });
      assert.equal((await s.variables(check.instanceKey)).bulletinNumber, '夏督通〔2027〕1号', 'numbering starts again in the new year');
      const published = (await s.records.notifications()).filter((n) => n.body.includes('夏督通〔2027〕1号'));
      assert.ok(['xy-mzj-head', 'xy-rsj-head', 'xy-fgw-head'].every((head) => published.some((n) => n.personId === head)), 'every unit head is told');
    },
  },
]);
