import assert from 'node:assert/strict';
import { defineScenarios, type ScenarioSession } from '../../../tools/procedures/src/index.js';

// 夏政办〔2014〕29号 二（六）人大代表建议、政协提案：市交办的 → 明确承办单位、跟踪、汇总答复 → 县政府领导审定 → 报市；
// 县系统的 → 逐件梳理、明确承办单位、召开交办会议、全程跟踪；按年度收集答复件立卷归档。
// 二（七）市长热线：登记 → 副主任、主任签阅 → 常务副县长审定 → 通知单 → 单位明确专人办理上报 → 督查室审核 →
// 副主任、主任审阅（或报常务副县长审定）→ 上报市长热线电话室。

const proposal = (origin: 'city' | 'county', unit: string, proposalNo: string) => ({
  origin,
  proposalKind: origin === 'city' ? 'npc' : 'cppcc',
  proposalNo,
  title: '关于加快农村饮水安全巩固提升的建议',
  proposer: origin === 'city' ? '市人大代表王某' : '县政协委员李某',
  content: '建议加快农村饮水安全巩固提升工程建设。',
  units: [{ unit, lead: true }],
});
const report = (text: string) => ({ progress: 'done', report: text, reporter: '联络员', reporterPhone: '13700000013' });

async function unitAnswers(s: ScenarioSession, unit: string, text: string): Promise<void> {
  await s.complete({ element: 'acknowledge', group: `unit-contact@${unit}` }, { handler: '专人', handlerPhone: '13700000013', received: true });
  await s.complete({ element: 'result', group: `unit-contact@${unit}` }, report(text));
  await s.complete({ element: 'review', group: 'supervision-staff', where: (t) => t.variables.unit === unit }, { decision: 'approve' });
}

export default defineScenarios('xiayi', [
  {
    id: 'xiayi-proposals-city-and-county-filed-yearly',
    title: '建议提案：市交办件（3个月办理时限、县政府领导审定答复、报市）与县系统提案（梳理、交办会议、答复委员）并行，年底统一立卷归档',
    startAt: '2026-05-06T09:00:00+08:00',
    async run(s) {
      const city = await s.start('xiayi-proposal', proposal('city', 'xy-fgw', '市人大建议第112号'));
      const county = await s.start('xiayi-proposal', proposal('county', 'xy-mzj', '县政协提案第35号'), { itemId: `${s.itemId}-county` });
      await s.complete({ element: 'assignCity', group: 'supervision-staff' }, proposal('city', 'xy-fgw', '市人大建议第112号'));
      await s.complete({ element: 'sortOut', group: 'supervision-staff' }, proposal('county', 'xy-mzj', '县政协提案第35号'));
      await s.complete({ element: 'assignMeeting', group: 'supervision-staff' }, { meetingDate: '2026-05-08', meetingNote: '召开建议提案交办会，逐件明确承办单位和办理要求。' });
      const cityTask = await s.task({ element: 'acknowledge', group: 'unit-contact@xy-fgw' });
      assert.equal(cityTask.variables.dueDate, '2026-08-06T23:59:59+08:00', 'three months to answer');

      await unitAnswers(s, 'xy-fgw', '已将饮水工程列入年度计划，答复代表并征得满意。');
      await unitAnswers(s, 'xy-mzj', '已会同水利部门制定实施方案并答复委员。');
      await s.complete({ element: 'compile', group: 'supervision-staff', instanceKey: city.key }, { summary: '发改委已答复代表，代表满意。' });
      await s.complete({ element: 'replyApprovalApprove', assignee: 'xy-fxz-cui' }, { decision: 'approve' });
      await s.complete({ element: 'replyCity', group: 'supervision-staff' }, { submittedTo: 'city-government', submissionNo: '夏政办函〔2026〕21号', submittedOn: '2026-06-01' });
      await s.complete({ element: 'compile', group: 'supervision-staff', instanceKey: county.key }, { summary: '民政局已书面答复提案委员，委员满意。' });
      await s.complete({ element: 'replyCounty', group: 'supervision-staff' }, { submittedTo: 'representatives', submissionNo: '夏民函〔2026〕9号', submittedOn: '2026-06-02' });
      await s.waitFor(city.key, { active: 'yearEnd' });
      await s.waitFor(county.key, { active: 'yearEnd' });
      assert.equal((await s.variables(city.key)).fileDue, '2026-12-31T23:59:59+08:00');
      assert.deepEqual(await s.records.archives(), [], 'answers wait for the yearly filing');

      await s.advanceTo('2027-01-01T09:00:00+08:00');
      await s.waitFor(city.key, { ended: true });
      await s.waitFor(county.key, { ended: true });
      assert.deepEqual((await s.records.archives()).map((a) => a.itemId).sort(), [s.itemId, `${s.itemId}-county`].sort());
      assert.deepEqual((await s.records.numbers()).map((n) => n.number), ['夏督〔2026〕1号', '夏督〔2026〕2号']);
      assert.ok(!(await s.path(county.key)).includes('replyApprovalApprove'), 'the county’s own proposals are answered directly');
    },
  },
  {
    id: 'xiayi-hotline-chain-and-national-day',
    title: '市长热线：副主任→主任签阅、常务副县长审定；5个工作日跨国庆到调休上班日10-10；报常务副县长审定被退回修改后上报热线电话室、归档',
    startAt: '2026-09-28T09:00:00+08:00',
    async run(s) {
      const started = await s.start('xiayi-hotline', {
        leaderInstruction: '市长热线交办单第2026-0915号',
        title: '小区供暖管道漏水维修',
        content: '群众反映城关镇某小区供暖管道漏水，长期未修复。',
        requirements: '明确专人，依法依规妥善处理并上报结果。',
        units: [{ unit: 'xy-chengguan', lead: true }],
      });
      for (const person of ['xy-office-fzr', 'xy-office-zr', 'xy-cwfxz-tian']) {
        await s.complete({ element: 'issueApprovalApprove', assignee: person }, { decision: 'approve' });
      }
      await s.complete({ element: 'acknowledge', group: 'unit-contact@xy-chengguan' }, { handler: '城建办专人', handlerPhone: '13700000013', received: true });
      const work = await s.task({ element: 'result', group: 'unit-contact@xy-chengguan' });
      // 09-29, 09-30, (国庆 10-01…10-07), 10-08, 10-09, 10-10 (调休上班的星期六)
      assert.equal(work.dueDate, '2026-10-10T23:59:59+08:00');
      await s.advanceTo('2026-10-09T10:00:00+08:00');
      await s.complete({ element: 'result', group: 'unit-contact@xy-chengguan' }, report('已协调供热公司更换漏水管道，回访群众满意。'));
      await s.complete({ element: 'review', group: 'supervision-staff' }, { decision: 'approve' });
      await s.complete({ element: 'compile', group: 'supervision-staff' }, { summary: '漏水管道已更换，群众满意。', reportToLeader: true });
      await s.complete({ element: 'readApprovalApprove', assignee: 'xy-office-fzr' }, { decision: 'approve' });
      await s.complete({ element: 'readApprovalApprove', assignee: 'xy-office-zr' }, { decision: 'approve' });
      await s.complete({ element: 'leaderApprovalApprove', assignee: 'xy-cwfxz-tian' }, { decision: 'reject', comment: '补充回访记录' });
      await s.complete({ element: 'leaderApprovalRevise', group: 'supervision-staff' }, { summary: '漏水管道已更换，附群众回访记录。', reportToLeader: true });
      await s.complete({ element: 'leaderApprovalApprove', assignee: 'xy-cwfxz-tian' }, { decision: 'approve' });
      await s.complete({ element: 'submitHotline', group: 'supervision-staff' }, { submittedTo: 'hotline', submissionNo: '热线回复〔2026〕88号', submittedOn: '2026-10-10' });
      await s.waitFor(started.key, { ended: true });

      const vars = await s.variables(started.key);
      assert.deepEqual(vars.approvers, ['xy-cwfxz-tian']);
      assert.deepEqual((vars.issueApprovalDecisions as { approver: string }[]).map((d) => d.approver), ['xy-office-fzr', 'xy-office-zr', 'xy-cwfxz-tian']);
      assert.deepEqual((vars.unitResults as { result: string }[]).map((r) => r.result), ['on-time']);
      assert.deepEqual((await s.path(started.key)).slice(-3), ['submitHotline', 'archive', 'end']);
      assert.equal((await s.records.archives()).length, 1);
    },
  },
]);
