import assert from 'node:assert/strict';
import { defineScenarios } from '../../../tools/procedures/src/index.js';

// 延期申请：服务端发布 zhoucun-extension-request（关联键 itemId），区政府督查室主任审批；同意的经
// zhoucun-extension-granted（关联键 itemId/单位）送到该单位的办理任务：任务按新时限重新打开，其定时器随之重设。

const inUnit = (unit: string) => (t: { variables: Readonly<Record<string, unknown>> }) => t.variables.unit === unit;
const report = { progress: 'done', report: '已完成全部工作并报送佐证材料。', reporter: '姜波', reporterPhone: '13800000001' };

export default defineScenarios('zhoucun', [
  {
    id: 'zhoucun-extension-approved-and-refused',
    title: '延期申请：协办单位申请延至3月20日获同意，办理任务按新时限重开、按期办结；牵头单位申请不同意，原时限到期即说明原因',
    startAt: '2026-03-02T09:00:00+08:00',
    async run(s) {
      const item = await s.start('zhoucun-supervision-item', {
        source: 'decision', title: '农贸市场提升改造', content: '完成农贸市场提升改造。', requirements: '按时报送。',
        units: [{ unit: 'zc-fgj', lead: true }, { unit: 'zc-czj', lead: false, limit: '3d' }],
      });
      const before = await s.task({ element: 'work', group: 'unit-contact@zc-czj' });
      assert.equal(before.dueDate && Date.parse(before.dueDate), Date.parse('2026-03-05T23:59:59+08:00'));

      // A date asked for (the server also accepts YYYY-MM-DD): the new limit ends on that day.
      await s.publish('zhoucun-extension-request', s.itemId, { extensionLimit: '2026-03-20', extensionReason: '需等待上级资金下达。', extensionUnit: 'zc-czj', extensionRequestedBy: 'zc-czj-lxy' });
      await s.complete({ element: 'approveExtension', group: 'supervision-head', where: (t) => t.variables.extensionUnit === 'zc-czj' }, { extensionDecision: 'approve', extensionOpinion: '同意延至3月20日。' });
      const after = await s.task({ element: 'work', group: 'unit-contact@zc-czj', where: (t) => t.job.key !== before.job.key });
      assert.equal(after.dueDate && Date.parse(after.dueDate), Date.parse('2026-03-20T23:59:59+08:00'), 'the task reopened with the new limit');
      assert.equal(after.variables.dueDate, '2026-03-20T23:59:59+08:00');

      await s.publish('zhoucun-extension-request', s.itemId, { extensionLimit: '5wd', extensionReason: '工作量大。', extensionUnit: null, extensionRequestedBy: 'zc-fgj-lxy' });
      await s.complete({ element: 'approveExtension', group: 'supervision-head', where: (t) => t.variables.extensionUnit === 'zc-fgj' }, { extensionDecision: 'reject', extensionOpinion: '不同意，按原时限办结。' });
      await s.settle();
      const lead = await s.task({ element: 'work', group: 'unit-contact@zc-fgj' });
      assert.equal(lead.variables.dueDate, '2026-03-09T23:59:59+08:00', 'a refused request leaves the limit');

      // 03-05 passed for 财政局 without consequence; 发改局's 03-09 did not.
      await s.advanceTo('2026-03-10T09:00:00+08:00');
      await s.task({ element: 'explain', group: 'unit-contact@zc-fgj' });
      await s.noTask({ element: 'explain', where: inUnit('zc-czj') });
      await s.advanceTo('2026-03-18T10:00:00+08:00');
      await s.complete({ element: 'work', group: 'unit-contact@zc-czj' }, report);
      await s.complete({ element: 'sign', where: inUnit('zc-czj') }, { decision: 'approve', comment: '同意上报' });
      await s.complete({ element: 'review', group: 'supervision-staff', where: inUnit('zc-czj') }, { decision: 'approve' });
      await s.settle();

      assert.deepEqual((await s.records.facts()).map((f) => [f.unit, f.fact]), [['zc-fgj', 'overdue'], ['zc-czj', 'on-time']]);
      const path = await s.path(item.key);
      assert.deepEqual(path.filter((id) => ['grantExtension', 'extensionGranted', 'extensionRefused', 'extendDeadline'].includes(id)).sort(), ['extendDeadline', 'extensionGranted', 'extensionRefused', 'grantExtension']);
    },
  },
]);
