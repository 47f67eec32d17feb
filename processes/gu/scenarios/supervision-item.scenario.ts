import assert from 'node:assert/strict';
import { defineScenarios, type ScenarioSession } from '../../../tools/procedures/src/index.js';

// 古政办发〔2021〕52号：立项两级审核（可退回）、1日确认送达、1日研究部署、7日书面反馈、10日/1个月落实；
// 核签盖章办结、秘书科室审核（退回）；逾期三步：分管领导督办 → 书面催办 → 报主要领导列入督查。

type Unit = { unit: string; lead: boolean; limit?: string };
const register = (units: Unit[], category = 'ordinary') => ({
  title: '城区供暖管网改造',
  source: 'decision',
  category,
  content: '按县政府常务会议决定完成城区供暖管网改造前期工作。',
  requirements: '按期反馈，办结须主要负责人核签并加盖公章。',
  units,
});
const report = (progress: string) => ({ progress, report: '已按要求完成阶段性工作，详见附件。', reporter: '王联络', reporterPhone: '13900000001' });
const close = { reply: '事项已全部办结，相关资料已整理归档。', signedByHead: true, sealed: true, signer: '主要负责人' };
const inUnit = (unit: string) => (t: { variables: Readonly<Record<string, unknown>> }) => t.variables.unit === unit;

async function approveList(s: ScenarioSession): Promise<void> {
  await s.complete({ element: 'listApprove', assignee: 'gu-office-fzr' }, { decision: 'approve' });
  await s.complete({ element: 'listApprove', assignee: 'gu-office-zr' }, { decision: 'approve' });
}

/** 确认送达 → 主要负责同志研究部署 → 书面反馈. */
async function receiveAndReport(s: ScenarioSession, unit: string, progress: string): Promise<void> {
  await s.complete({ element: 'confirmDelivery', group: 'secretary-section', where: inUnit(unit) }, {
    contactMethod: 'phone', receivedBy: '办公室', receivedPhone: '0357-1234567', delivered: true,
  });
  await s.complete({ element: 'deploy', group: `unit-head@${unit}` }, { deployment: '局党组会议专题研究，明确分管领导和责任科室。', responsible: '责任科长', responsiblePhone: '13900000002' });
  await s.complete({ element: 'feedback', group: `unit-contact@${unit}` }, report(progress));
}

export default defineScenarios('gu', [
  {
    id: 'gu-item-send-backs-and-parallel-units',
    title: '督办事项：清单审核退回修改、牵头与协办并行（10日 / 注明7日）、办结回复被秘书科室退回后通过、销号归档',
    startAt: '2026-03-02T09:00:00+08:00',
    async run(s) {
      const units = [{ unit: 'gu-fgj', lead: true }, { unit: 'gu-czj', lead: false, limit: '7d' }];
      const item = await s.start('gu-supervision-item', register(units));
      await s.complete({ element: 'listApprove', assignee: 'gu-office-fzr' }, { decision: 'approve' });
      await s.complete({ element: 'listApprove', assignee: 'gu-office-zr' }, { decision: 'reject', comment: '要求不够具体' });
      await s.complete({ element: 'revise', group: 'supervision-staff' }, { ...register(units), requirements: '3月12日前书面反馈，办结须主要负责人核签并加盖公章。' });
      await approveList(s);

      await receiveAndReport(s, 'gu-fgj', 'done');
      await receiveAndReport(s, 'gu-czj', 'done');
      const lead = await s.task({ element: 'closeReply', group: 'unit-contact@gu-fgj' });
      assert.equal(lead.variables.dueDate, '2026-03-12T23:59:59+08:00', '10 days for an ordinary item');
      const assisting = await s.task({ element: 'closeReply', group: 'unit-contact@gu-czj' });
      assert.equal(assisting.variables.dueDate, '2026-03-09T23:59:59+08:00', 'the unit’s own 7-day limit');
      await s.complete({ element: 'closeReply', group: 'unit-contact@gu-fgj' }, close);
      await s.complete({ element: 'reviewReply', group: 'secretary-section', where: inUnit('gu-fgj') }, { decision: 'approve' });
      // Unsigned or unsealed replies cannot be submitted at all (required checkboxes); this one lacks substance.
      await s.complete({ element: 'closeReply', group: 'unit-contact@gu-czj' }, { ...close, reply: '事项已办结，佐证材料后补。' });
      await s.complete({ element: 'reviewReply', group: 'secretary-section', where: inUnit('gu-czj') }, { decision: 'reject', comment: '未附佐证材料' });
      await s.complete({ element: 'closeReply', group: 'unit-contact@gu-czj' }, close);
      await s.complete({ element: 'reviewReply', group: 'secretary-section', where: inUnit('gu-czj') }, { decision: 'approve' });
      await s.complete({ element: 'closeOff', group: 'supervision-staff' }, { allUnitsClosed: true, closeOffNote: '两单位均已办结' });
      await s.waitFor(item.key, { ended: true });

      const path = await s.path(item.key);
      assert.equal(path.filter((id) => id === 'listApprove').length, 4, 'two reviewers, twice');
      assert.deepEqual(path.slice(-3), ['closeOff', 'archive', 'end']);
      const vars = await s.variables(item.key);
      assert.equal(vars.itemNumber, '古督〔2026〕1号');
      assert.deepEqual((vars.unitResults as { unit: string; result: string }[]).map((r) => [r.unit, r.result]), [['gu-fgj', 'on-time'], ['gu-czj', 'on-time']]);
      assert.deepEqual((await s.records.facts()).map((f) => [f.unit, f.fact]).sort(), [['gu-czj', 'on-time'], ['gu-czj', 'send-back'], ['gu-fgj', 'on-time']]);
      const notified = await s.records.notifications();
      assert.ok(notified.some((n) => n.personId === 'gu-fxz-li' && n.template === 'assigned'), '同时报事项分管领导');
      assert.ok(['gu-fgj-lxy', 'gu-czj-lxy'].every((p) => notified.some((n) => n.personId === p && n.template === 'assigned')));
      assert.equal((await s.records.archives()).length, 1);
    },
  },
  {
    id: 'gu-overdue-ladder-to-inspection',
    title: '逾期三步：副主任提请分管领导督办 → 3个工作日后书面催办 → 再3个工作日报主要领导 → 列入督查、通报、约谈',
    startAt: '2026-03-02T09:00:00+08:00',
    async run(s) {
      const item = await s.start('gu-supervision-item', register([{ unit: 'gu-jyj', lead: true }]));
      await approveList(s);
      await receiveAndReport(s, 'gu-jyj', 'in-progress');
      const monthly = await s.task({ element: 'ongoingReport', group: 'unit-contact@gu-jyj' });
      assert.equal(monthly.variables.reportDueDay, '2026-03-31', 'monthly progress at the end of the month');

      await s.advanceTo('2026-03-13T09:00:00+08:00'); // the 10-day limit ended on 03-12
      await s.complete({ element: 'askLeader', group: 'office-deputy-director' }, { urgeMethod: '13710', urgeNote: '提请分管副县长督办' });
      await s.settle();
      assert.deepEqual((await s.records.escalations()).map((e) => [e.level, e.people]), [[1, ['gu-fxz-zhang']]]);
      await s.noTask({ element: 'writtenNotice' });

      await s.advanceTo('2026-03-19T09:00:00+08:00'); // 3 working days: 03-16, 03-17, 03-18
      await s.complete({ element: 'writtenNotice', group: 'supervision-staff' }, { urgeMethod: 'written', urgeNote: '下达书面催办通知' });
      await s.settle();
      await s.noTask({ element: 'decideInspection' });
      await s.advanceTo('2026-03-25T09:00:00+08:00'); // 03-20, 03-23, 03-24
      await s.complete({ element: 'decideInspection', group: 'principal-leader' }, { decision: 'approve', comment: '列入督查' });
      assert.deepEqual((await s.records.escalations()).map((e) => [e.level, e.people]), [[1, ['gu-fxz-zhang']], [2, ['gu-jyj-head']], [3, ['gu-xz-yang']]]);

      const investigate = await s.complete({ element: 'investigate', group: 'supervision-staff' }, { methods: ['site', 'documents'], facts: '现场核查发现前期手续至今未办理完毕。' });
      assert.equal(investigate.variables.targetUnit, 'gu-jyj');
      await s.complete({ element: 'report', group: 'supervision-staff' }, { content: '教育局落实不力，多次督办催办仍未完成，建议通报批评并约谈。' });
      await s.complete({ element: 'instruct', group: 'principal-leader' }, { criticise: true, interview: 'deputy', transfer: false, instruction: '通报批评，由分管副县长约谈。' });
      await s.complete({ element: 'interviewDeputy', assignee: 'gu-fxz-zhang' }, { interviewDate: '2026-03-27', interviewee: '教育局局长', interviewRecord: '约谈记录' });
      await s.waitFor(investigate.instanceKey, { ended: true });
      const inspection = await s.variables(investigate.instanceKey);
      assert.equal(inspection.bulletinNumber, '古督〔2026〕2号');

      await s.complete({ element: 'ongoingReport', group: 'unit-contact@gu-jyj' }, report('done'));
      await s.complete({ element: 'closeReply', group: 'unit-contact@gu-jyj' }, close);
      await s.complete({ element: 'reviewReply', group: 'secretary-section' }, { decision: 'approve' });
      await s.complete({ element: 'closeOff', group: 'supervision-staff' }, { allUnitsClosed: true });
      await s.waitFor(item.key, { ended: true });

      assert.equal((await s.variables(monthly.instanceKey)).ladderDue, '2026-03-24T23:59:59+08:00');
      // Overdue once: at the deadline; finishing late afterwards is the same lateness.
      assert.deepEqual((await s.records.facts()).map((f) => f.fact), ['overdue', 'poor-implementation']);
      const documents = (await s.records.documents()).map((d) => d.template).filter(Boolean);
      assert.deepEqual(documents, ['assignment-notice', 'special-report', 'bulletin']);
      assert.ok((await s.records.documents()).every((d) => d.archived), 'the inspection report and bulletin are filed with the item (一事一档)');
    },
  },
]);
