import assert from 'node:assert/strict';
import { defineScenarios, type ScenarioSession } from '../../../tools/procedures/src/index.js';

// 炎政办发〔2023〕13号 一（一）：年初各单位申报 → 督查室整理年度计划清单 → 县政府主要领导批准 → 县委审定；牵头单位组成
// 督查组、制定方案、培训 → 下发通知 → 各组“四不两直”实地督查、反馈意见、分组报告 → 综合报告 → 县领导审阅、印发通报 →
// 问题交办整改、跟踪督办（不到位退回重新整改）→ 汇总呈报 → 归档（通知、方案、报告/通报、整改情况）。

const planItem = { title: '重点项目建设综合督查', kind: 'comprehensive', leadUnit: 'yl-fgj', plannedStart: '2026-03-02' };
const GROUPS = [
  { name: '第一督查组', leader: 'yl-dcs-tang', members: '唐晓红、发改局干部', targets: '霞阳镇' },
  { name: '第二督查组', leader: 'yl-dcs-luo', members: '罗成、自然资源局干部', targets: '文旅广体局' },
];

/** One group: 明察暗访 → 反馈意见 → 分组报告, all by its leader. */
async function groupInspects(s: ScenarioSession, leader: string, problems: string): Promise<void> {
  const visit = await s.complete({ element: 'visit', assignee: leader }, { findings: '不打招呼直奔项目现场，查看进度和安全措施。' });
  assert.ok(visit.candidateGroups.includes('inspector'));
  await s.complete({ element: 'feedbackTarget', assignee: leader }, { opinions: '当场反馈发现的问题，提出整改要求。', feedbackDate: '2026-03-03' });
  await s.complete({ element: 'groupReportTask', assignee: leader }, { groupReportText: '本组督查情况报告：所督查项目总体进度符合年度计划，发现问题一项。', problems });
}

export default defineScenarios('yanling', [
  {
    id: 'yanling-annual-plan-to-inspection-and-rectification',
    title: '年度计划：申报10个工作日、主要领导退回后批准、县委审定；按计划开始日期启动督查，两组并行各自报告，综合报告与通报，整改退回重做直至到位、逾期督办，汇总呈报并归档',
    startAt: '2026-01-05T09:00:00+08:00',
    async run(s) {
      const plan = await s.start('yanling-annual-plan', { year: 2026 });
      await s.settle();
      const called = (await s.records.notifications()).filter((n) => n.body.includes('2026年度'));
      assert.equal(called.length, 6, 'every unit is asked to apply');
      await s.noTask({ element: 'compilePlan' });
      assert.equal((await s.variables(plan.key)).applicationDue, '2026-01-19T23:59:59+08:00', '10 working days');

      await s.advanceTo('2026-01-20T09:00:00+08:00');
      await s.complete({ element: 'compilePlan', group: 'supervision-staff' }, { year: 2026, planItems: [{ ...planItem, plannedStart: '2026-02-16' }] });
      await s.complete({ element: 'planApprove', assignee: 'yl-xz-wen' }, { decision: 'reject', comment: '春节期间不宜开展' });
      await s.complete({ element: 'compilePlan', group: 'supervision-staff' }, { year: 2026, planItems: [planItem] });
      await s.complete({ element: 'planApprove', assignee: 'yl-xz-wen' }, { decision: 'approve' });
      await s.complete({ element: 'partyConfirm', group: 'party-committee' }, { decision: 'approve', comment: '县委审定同意' });
      await s.settle();
      await s.noTask({ element: 'organise' }); // nothing before the planned start

      await s.advanceTo('2026-03-02T10:00:00+08:00');
      await s.complete({ element: 'organise', group: 'unit-contact@yl-fgj' }, {
        purpose: '推动重点项目建设提速', basis: '县政府年度督查计划', content: '项目进度、资金、安全', period: '2026年3月2日至3月6日',
        targets: '霞阳镇、文旅广体局', methods: ['unannounced', 'site'], groups: GROUPS, useOfResults: '纳入年度绩效考核',
      });
      await s.complete({ element: 'training', group: 'unit-contact@yl-fgj' }, { trainingDate: '2026-03-02', trainingNote: '督查纪律和四不两直方法培训' });
      await groupInspects(s, 'yl-dcs-tang', '霞阳镇项目安全围挡缺失');
      await groupInspects(s, 'yl-dcs-luo', '文旅项目进度滞后');
      const comprehensive = await s.complete({ element: 'comprehensive', group: 'unit-contact@yl-fgj' }, {
        content: '听取两个督查组汇报，汇总督查发现的问题，形成综合督查报告。',
        rectifications: [
          { unit: 'yl-xiayang', problem: '项目安全围挡缺失', limit: '10d' },
          { unit: 'yl-wlj', problem: '文旅项目进度滞后' },
        ],
      });
      assert.deepEqual((comprehensive.variables.groupReports as { group: string; problems: string }[]).map((r) => [r.group, r.problems]),
        [['第一督查组', '霞阳镇项目安全围挡缺失'], ['第二督查组', '文旅项目进度滞后']], 'each group reported');
      await s.complete({ element: 'leaderRead', group: 'principal-leader' }, { issueBulletin: true, instruction: '印发通报，限期整改。' });

      const dues = Object.fromEntries(await Promise.all(['yl-xiayang', 'yl-wlj'].map(async (u) => [u, (await s.task({ element: 'rectify', group: `unit-contact@${u}` })).dueDate])));
      assert.deepEqual(dues, { 'yl-xiayang': '2026-03-12T23:59:59+08:00', 'yl-wlj': '2026-04-02T23:59:59+08:00' });
      await s.complete({ element: 'rectify', group: 'unit-contact@yl-xiayang' }, { measures: '已在项目四周增设安全围挡。' });
      await s.complete({ element: 'rCheck', group: 'unit-contact@yl-fgj', where: (t) => t.variables.unit === 'yl-xiayang' }, { decision: 'reject', comment: '警示标志仍缺' });
      await s.complete({ element: 'rectify', group: 'unit-contact@yl-xiayang' }, { measures: '增设围挡和警示标志，附照片。' });
      await s.complete({ element: 'rCheck', group: 'unit-contact@yl-fgj', where: (t) => t.variables.unit === 'yl-xiayang' }, { decision: 'approve' });
      await s.advanceTo('2026-04-03T09:00:00+08:00');
      await s.waitFor(comprehensive.instanceKey, { completed: 'rUrge' });
      assert.ok((await s.records.notifications()).some((n) => n.personId === 'yl-wlj-lxy' && n.template === 'overdue'), 'late rectification is urged');
      await s.complete({ element: 'rectify', group: 'unit-contact@yl-wlj' }, { measures: '倒排工期，项目已追上进度。' });
      await s.complete({ element: 'rCheck', group: 'unit-contact@yl-fgj', where: (t) => t.variables.unit === 'yl-wlj' }, { decision: 'approve' });
      await s.complete({ element: 'rectReport', group: 'unit-contact@yl-fgj' }, { summary: '两项问题均已整改到位，呈报县政府领导审阅。' });
      await s.waitFor(plan.key, { ended: true });

      const inspection = await s.variables(comprehensive.instanceKey);
      assert.equal(inspection.itemNumber, '炎督查〔2026〕1号');
      assert.deepEqual((inspection.rectificationResults as { unit: string; result: string }[]).map((r) => [r.unit, r.result]), [['yl-xiayang', 'on-time'], ['yl-wlj', 'overdue']]);
      assert.deepEqual((await s.records.facts()).map((f) => [f.unit, f.fact]), [['yl-xiayang', 'send-back'], ['yl-xiayang', 'on-time'], ['yl-wlj', 'overdue']]);
      const documents = await s.records.documents();
      assert.deepEqual(documents.map((d) => d.template).filter(Boolean), ['assignment-notice', 'special-report', 'bulletin']);
      const filed = (await s.records.archiveMaterials()).map((m) => m.sourceVariable);
      assert.ok(['inspectionNotice', 'inspectionReport', 'bulletinDocument'].every((v) => filed.includes(v)), `filed: ${filed.join(', ')}`);
      assert.ok(documents.every((d) => d.archived));
    },
  },
]);
