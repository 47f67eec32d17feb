import assert from 'node:assert/strict';
import { defineScenarios, type ScenarioSession } from '../../../tools/procedures/src/index.js';

// 延期申请：服务端发布 gu-extension-request（关联键 itemId），督查室审批；同意的经 gu-extension-granted 送到该单位的
// 办理流程，重新计算落实时限。已设定的逾期定时器到点后先看时限是否已延，已延的等到新时限再进入逾期督办。

const inUnit = (unit: string) => (t: { variables: Readonly<Record<string, unknown>> }) => t.variables.unit === unit;

async function receive(s: ScenarioSession, unit: string): Promise<void> {
  await s.complete({ element: 'confirmDelivery', group: 'secretary-section', where: inUnit(unit) }, {
    contactMethod: 'phone', receivedBy: '办公室', receivedPhone: '0357-1234567', delivered: true,
  });
  await s.complete({ element: 'deploy', group: `unit-head@${unit}` }, { deployment: '局党组会议专题研究，明确责任科室。', responsible: '责任科长', responsiblePhone: '13900000002' });
}

/** As the server's POST /api/items/:id/extension-requests publishes it. */
async function requestExtension(s: ScenarioSession, unit: string, limit: string, by: string): Promise<void> {
  await s.publish('gu-extension-request', s.itemId, { extensionLimit: limit, extensionReason: '涉及多部门协调，需延长办理时间。', extensionUnit: unit, extensionRequestedBy: by });
}

export default defineScenarios('gu', [
  {
    id: 'gu-extension-approved-and-refused',
    title: '延期申请：协办单位申请延长10个工作日获督查室同意，逾期督办推迟到新时限；牵头单位的申请不同意，到原时限即进入逾期督办',
    startAt: '2026-03-02T09:00:00+08:00',
    async run(s) {
      const item = await s.start('gu-supervision-item', {
        title: '城区供暖管网改造', source: 'decision', category: 'ordinary',
        content: '完成城区供暖管网改造前期工作。', requirements: '按期反馈。',
        units: [{ unit: 'gu-fgj', lead: true }, { unit: 'gu-czj', lead: false, limit: '7d' }],
      });
      await s.complete({ element: 'listApprove', assignee: 'gu-office-fzr' }, { decision: 'approve' });
      await s.complete({ element: 'listApprove', assignee: 'gu-office-zr' }, { decision: 'approve' });
      await receive(s, 'gu-fgj');
      await receive(s, 'gu-czj');

      await requestExtension(s, 'gu-czj', '10wd', 'gu-czj-lxy');
      const approval = await s.task({ element: 'approveExtension', group: 'supervision-head' });
      assert.deepEqual([approval.variables.extensionUnit, approval.variables.extensionLimit, approval.variables.extensionRequestedBy], ['gu-czj', '10wd', 'gu-czj-lxy']);
      await s.complete({ element: 'approveExtension', group: 'supervision-head' }, { extensionDecision: 'approve', extensionOpinion: '同意延长十个工作日。' });
      // No unit named: the request is the lead unit's.
      await s.publish('gu-extension-request', s.itemId, { extensionLimit: '1m', extensionReason: '资金未到位。', extensionUnit: null, extensionRequestedBy: 'gu-fgj-lxy' });
      const refused = await s.task({ element: 'approveExtension', group: 'supervision-head' });
      assert.equal(refused.variables.extensionUnit, 'gu-fgj');
      await s.complete({ element: 'approveExtension', group: 'supervision-head' }, { extensionDecision: 'reject', extensionOpinion: '理由不充分，按原时限办结。' });
      await s.settle();

      // 财政局's 7 days ended on 03-09: its timer fires, sees 03-23 (03-09 + 10 working days) and waits.
      await s.advanceTo('2026-03-10T09:00:00+08:00');
      await s.noTask({ element: 'askLeader' });
      // 发改局 kept its 10 days (03-12): overdue the next morning.
      await s.advanceTo('2026-03-13T09:00:00+08:00');
      const fgjLate = await s.task({ element: 'askLeader', group: 'office-deputy-director' });
      assert.equal(fgjLate.variables.unit, 'gu-fgj');
      assert.equal(fgjLate.variables.dueDate, '2026-03-12T23:59:59+08:00', 'a refused request leaves the limit');
      await s.noTask({ element: 'askLeader', where: inUnit('gu-czj') });
      await s.advanceTo('2026-03-23T20:00:00+08:00');
      await s.noTask({ element: 'askLeader', where: inUnit('gu-czj') });
      await s.advanceTo('2026-03-24T09:00:00+08:00');
      const czjLate = await s.task({ element: 'askLeader', where: inUnit('gu-czj') });
      assert.equal(czjLate.variables.dueDate, '2026-03-23T23:59:59+08:00', 'the approved extension moved the limit');

      const path = await s.path(item.key);
      assert.deepEqual(path.filter((id) => ['approveExtension', 'grantExtension', 'extensionGranted', 'extensionRefused'].includes(id)).sort(),
        ['approveExtension', 'approveExtension', 'extensionGranted', 'extensionRefused', 'grantExtension']);
      assert.deepEqual((await s.records.facts()).map((f) => [f.unit, f.fact]), [['gu-fgj', 'overdue'], ['gu-czj', 'overdue']]);
    },
  },
]);
