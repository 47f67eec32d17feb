import assert from 'node:assert/strict';
import { defineScenarios, type ScenarioSession } from '../../../tools/procedures/src/index.js';

// 夏政办〔2014〕29号 二（四）会议决定事项、二（五）领导批示件：县长的 → 督查室立项分解 / 起草督办通知；副县长的 → 有关
// 科（室）和职能部门跟踪落实，确需督查室督促的重大事项由科（室）起草；分管督查副主任 → 办公室主任审定 → 督查通知单或
// 督查活动；结果经副主任、主任审阅（或报县长、副县长审定）后印发督查通报。需要整改的须有具体整改措施。

type Unit = { unit: string; lead: boolean; limit?: string };
const item = (units: Unit[], mode: 'notice' | 'activity' = 'notice') => ({
  title: '中心城区停车难问题治理',
  content: '落实会议确定的城区停车设施建设和秩序整治任务。',
  requirements: '按时限反馈整治结果，需整改的写明整改措施。',
  units,
  mode,
});
const meeting = (meetingType: 'county-head' | 'deputy-head', units: Unit[], mode: 'notice' | 'activity' = 'notice') =>
  ({ meetingType, minutesNo: '县长办公会议纪要〔2026〕5号', major: false, ...item(units, mode) });
const drafted = (units: Unit[], mode: 'notice' | 'activity' = 'notice') => ({ leaderInstruction: '按会议纪要分解落实', ...item(units, mode) });
const result = (rectification?: string) => ({
  progress: 'done', report: '已完成停车泊位施划和违停整治工作。', reporter: '联络员', reporterPhone: '13700000012', ...(rectification ? { rectification } : {}),
});

async function chain(s: ScenarioSession, element: string, people: string[], instanceKey?: string): Promise<void> {
  for (const person of people) await s.complete({ element, assignee: person, instanceKey }, { decision: 'approve' });
}

async function unitHandles(s: ScenarioSession, unit: string, rectification?: string): Promise<void> {
  await s.complete({ element: 'acknowledge', group: `unit-contact@${unit}` }, { handler: '专人', handlerPhone: '13700000012', received: true });
  await s.complete({ element: 'result', group: `unit-contact@${unit}` }, result(rectification));
  await s.complete({ element: 'review', group: 'supervision-staff', where: (t) => t.variables.unit === unit }, { decision: 'approve' });
}

export default defineScenarios('xiayi', [
  {
    id: 'xiayi-meeting-county-head-to-head-approval',
    title: '县长会议决定：督查室分解，主任退回修改后副主任→主任审定，下发通知单；汇总后副主任、主任审阅并报县长审定，印发督查通报',
    startAt: '2026-04-07T09:00:00+08:00',
    async run(s) {
      const units = [{ unit: 'xy-chengguan', lead: true }, { unit: 'xy-jtj', lead: false }];
      const started = await s.start('xiayi-meeting-decision', meeting('county-head', units));
      await s.complete({ element: 'draft', group: 'supervision-staff' }, drafted(units));
      await s.complete({ element: 'issueApprovalApprove', assignee: 'xy-office-fzr' }, { decision: 'approve' });
      await s.complete({ element: 'issueApprovalApprove', assignee: 'xy-office-zr' }, { decision: 'reject', comment: '时限不明确' });
      await s.complete({ element: 'issueApprovalRevise', group: 'supervision-staff' }, drafted([{ unit: 'xy-chengguan', lead: true, limit: '10d' }, { unit: 'xy-jtj', lead: false, limit: '10d' }]));
      await chain(s, 'issueApprovalApprove', ['xy-office-fzr', 'xy-office-zr']);
      await s.noTask({ element: 'result', group: 'unit-contact@xy-chengguan' }); // not before the notice is signed for
      await unitHandles(s, 'xy-chengguan');
      await unitHandles(s, 'xy-jtj');
      await s.complete({ element: 'compile', group: 'supervision-staff' }, { summary: '城关镇、交通局均已完成整治任务。', reportToLeader: true });
      await chain(s, 'readApprovalApprove', ['xy-office-fzr', 'xy-office-zr']);
      await s.complete({ element: 'headApprovalApprove', assignee: 'xy-xz-jiang' }, { decision: 'approve', comment: '同意通报' });
      await s.waitFor(started.key, { ended: true });

      const path = await s.path(started.key);
      assert.ok(!path.includes('sectionTrack') && !path.includes('deputyApprovalApprove'));
      assert.equal(path.filter((id) => id === 'issueApprovalApprove').length, 4);
      const vars = await s.variables(started.key);
      assert.equal(vars.itemNumber, '夏督〔2026〕1号');
      assert.equal(vars.bulletinNumber, '夏督通〔2026〕1号');
      assert.deepEqual((vars.unitResults as { unit: string; result: string }[]).map((r) => r.result), ['on-time', 'on-time']);
      const documents = await s.records.documents();
      assert.deepEqual(documents.map((d) => d.template).filter(Boolean), ['assignment-notice', 'bulletin']);
      assert.ok(documents.every((d) => d.archived), 'notice, bulletin and the variables snapshot are filed');
    },
  },
  {
    id: 'xiayi-meeting-deputy-head-by-section',
    title: '副县长协调会议：一般事项由科室跟踪落实即结束；重大事项由科室起草、副主任→主任审定后开展督查活动，汇总报副县长（牵头单位分管）审定后通报',
    startAt: '2026-04-07T09:00:00+08:00',
    async run(s) {
      const routine = await s.start('xiayi-meeting-decision', meeting('deputy-head', [{ unit: 'xy-czj', lead: true }]));
      await s.complete({ element: 'sectionTrack', group: 'office-section', instanceKey: routine.key }, { trackNote: '由财政局按会议要求落实，综合科跟踪。', major: false });
      await s.waitFor(routine.key, { ended: true });
      assert.deepEqual((await s.path(routine.key)).slice(-2), ['major', 'sectionEnd']);

      const units = [{ unit: 'xy-mzj', lead: true }];
      const major = await s.start('xiayi-meeting-decision', meeting('deputy-head', units, 'activity'), { itemId: `${s.itemId}-major` });
      await s.complete({ element: 'sectionTrack', group: 'office-section', instanceKey: major.key }, { trackNote: '涉及多部门，需督查室督促落实。', major: true });
      await s.complete({ element: 'sectionDraft', group: 'office-section' }, drafted(units, 'activity'));
      await chain(s, 'issueApprovalApprove', ['xy-office-fzr', 'xy-office-zr'], major.key);
      await s.complete({ element: 'activity', group: 'supervision-staff' }, { methods: ['joint', 'site'], findings: '联合督查发现养老机构消防整改已完成。' });
      await s.complete({ element: 'compile', group: 'supervision-staff' }, { summary: '督查活动发现问题均已整改。', reportToLeader: true });
      await chain(s, 'readApprovalApprove', ['xy-office-fzr', 'xy-office-zr'], major.key);
      await s.complete({ element: 'deputyApprovalApprove', assignee: 'xy-fxz-lu' }, { decision: 'approve' });
      await s.waitFor(major.key, { ended: true });
      const path = await s.path(major.key);
      assert.ok(path.includes('activity') && !path.includes('handling') && !path.includes('headApprovalApprove'));
      const vars = await s.variables(major.key);
      assert.equal(vars.bulletinNumber, '夏督通〔2026〕1号');
      assert.equal(vars.itemNumber, '夏督〔2026〕1号', '立项 precedes the choice: an inspection activity is a numbered item too');
    },
  },
  {
    id: 'xiayi-leader-instruction-rectification',
    title: '县长批示件：督查室起草、副主任→主任审定下发；单位写明整改措施，审核退回一次后通过；副主任、主任审阅后直接印发通报',
    startAt: '2026-06-01T09:00:00+08:00',
    async run(s) {
      const units = [{ unit: 'xy-rsj', lead: true }];
      const started = await s.start('xiayi-leader-instruction', {
        instructionBy: 'county-head', instruction: '群众反映的欠薪问题要限期解决', major: false, ...item(units),
      });
      await s.complete({ element: 'draft', group: 'supervision-staff' }, drafted(units));
      await chain(s, 'issueApprovalApprove', ['xy-office-fzr', 'xy-office-zr']);
      await s.complete({ element: 'acknowledge', group: 'unit-contact@xy-rsj' }, { handler: '专人', handlerPhone: '13700000012', received: true });
      const task = await s.task({ element: 'result', group: 'unit-contact@xy-rsj' });
      assert.equal(task.dueDate, '2026-06-16T23:59:59+08:00', '15 days by default');
      await s.complete({ element: 'result', group: 'unit-contact@xy-rsj' }, result());
      await s.complete({ element: 'review', group: 'supervision-staff' }, { decision: 'reject', comment: '需写明具体整改措施' });
      await s.complete({ element: 'result', group: 'unit-contact@xy-rsj' }, result('建立工程建设领域工资专户和保证金制度，约谈欠薪企业。'));
      await s.complete({ element: 'review', group: 'supervision-staff' }, { decision: 'approve' });
      await s.complete({ element: 'compile', group: 'supervision-staff' }, { summary: '欠薪问题已解决，整改措施已落实。', reportToLeader: false });
      await chain(s, 'readApprovalApprove', ['xy-office-fzr', 'xy-office-zr']);
      await s.waitFor(started.key, { ended: true });
      const path = await s.path(started.key);
      assert.ok(!path.includes('headApprovalApprove') && !path.includes('deputyApprovalApprove'), '审阅 is enough');
      assert.deepEqual((await s.records.facts()).map((f) => f.fact), ['send-back', 'on-time']);
      const vars = await s.variables(started.key);
      assert.equal((vars.unitResults as { report: string }[])[0].report, '已完成停车泊位施划和违停整治工作。');
    },
  },
]);
