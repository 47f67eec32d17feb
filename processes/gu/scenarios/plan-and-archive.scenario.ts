import assert from 'node:assert/strict';
import { defineScenarios, type ScenarioSession } from '../../../tools/procedures/src/index.js';

// 古政办发〔2021〕52号：确实解决不了的，拿出解决问题的时间节点和方案；常态化推进的工作每月上报进展；办理回复须经单位
// 主要负责人核签并加盖公章；督查室收集整理、立卷归档（一事一档，归档后不可更改）。

type Unit = { unit: string; lead: boolean; limit?: string };
const units: Unit[] = [{ unit: 'gu-zjj', lead: true }, { unit: 'gu-wjj', lead: false, limit: 'end-of-year' }];
const register = {
  title: '城区背街小巷改造提升',
  source: 'work-report',
  category: 'major',
  content: '落实政府工作报告确定的背街小巷改造提升任务，常态化推进。',
  requirements: '一个月内落实；解决不了的报时间节点和方案，每月底上报进展。',
  units,
};
const report = (progress: string, text = '本月改造工作按计划推进，详见进度表。') => ({ progress, report: text, reporter: '联络员', reporterPhone: '13900000021' });
const signedAndSealed = { reply: '改造提升任务全部完成，经主要负责人核签、加盖公章后报送。', signedByHead: true, sealed: true, signer: '主要负责人' };

async function startWork(s: ScenarioSession, unit: string, progress: string): Promise<void> {
  await s.complete({ element: 'confirmDelivery', group: 'supervision-staff', where: (t) => t.variables.unit === unit }, {
    contactMethod: 'phone', receivedBy: '办公室', receivedPhone: '0357-1234500', delivered: true,
  });
  await s.complete({ element: 'deploy', group: `unit-head@${unit}` }, { deployment: '局党组会议专题研究，明确专班推进。', responsible: '分管副局长', responsiblePhone: '13900000022' });
  await s.complete({ element: 'feedback', group: `unit-contact@${unit}` }, report(progress));
}

async function monthly(s: ScenarioSession, element: string, unit: string, day: string, progress = 'in-progress'): Promise<void> {
  const open = await s.task({ element, group: `unit-contact@${unit}` });
  assert.equal(open.variables.reportDueDay, day, `${unit}: monthly report due ${day}`);
  await s.complete({ element, instanceKey: open.instanceKey }, report(progress));
}

export default defineScenarios('gu', [
  {
    id: 'gu-cannot-solve-plan-monthly-seal-archive',
    title: '重大事项（1个月）：牵头单位确实解决不了，报时间节点和方案，按方案每月报进展并如期解决（按方案计为按期）；协办单位（年底前）每月报进展，漏报催报；未核签盖章的回复无法提交；销号归档，材料带哈希且不可更改',
    startAt: '2026-03-02T09:00:00+08:00',
    async run(s) {
      const item = await s.start('gu-supervision-item', register);
      await s.complete({ element: 'listApprove', assignee: 'gu-office-fzr' }, { decision: 'approve' });
      await s.complete({ element: 'listApprove', assignee: 'gu-office-zr' }, { decision: 'approve' });
      await startWork(s, 'gu-zjj', 'cannot-solve');
      await s.complete({ element: 'plan', group: 'unit-contact@gu-zjj' }, { reason: '涉及管线迁改，需与供水、燃气单位协调。', plannedDate: '2026-05-20', planText: '4月完成管线迁改，5月20日前完成路面改造。' });
      await startWork(s, 'gu-wjj', 'in-progress');

      await s.advanceTo('2026-03-30T10:00:00+08:00');
      await monthly(s, 'planProgress', 'gu-zjj', '2026-03-31');
      await monthly(s, 'ongoingReport', 'gu-wjj', '2026-03-31');
      await s.advanceTo('2026-04-29T10:00:00+08:00');
      await monthly(s, 'planProgress', 'gu-zjj', '2026-04-30');
      await s.advanceTo('2026-05-01T09:00:00+08:00'); // 卫健体局 missed the end of April
      await s.waitFor((await s.task({ element: 'ongoingReport', group: 'unit-contact@gu-wjj' })).instanceKey, { completed: 'urgeMonthly' });
      assert.ok((await s.records.notifications()).some((n) => n.personId === 'gu-wjj-lxy' && n.template === 'report-due'));
      await monthly(s, 'ongoingReport', 'gu-wjj', '2026-04-30', 'done');
      await s.advanceTo('2026-05-15T10:00:00+08:00');
      await monthly(s, 'planProgress', 'gu-zjj', '2026-06-01', 'done'); // 05-31 is a Sunday
      await s.noTask({ element: 'askLeader' }); // on schedule: no overdue ladder

      await assert.rejects(s.complete({ element: 'closeReply', group: 'unit-contact@gu-zjj' }, { ...signedAndSealed, sealed: false }), /sealed/, 'an unsealed reply cannot be submitted');
      for (const unit of ['gu-zjj', 'gu-wjj']) {
        await s.complete({ element: 'closeReply', group: `unit-contact@${unit}` }, signedAndSealed);
        await s.complete({ element: 'reviewReply', group: 'secretary-section', where: (t) => t.variables.unit === unit }, { decision: 'approve' });
      }
      await s.complete({ element: 'closeOff', group: 'supervision-staff' }, { allUnitsClosed: true, closeOffNote: '两单位均已办结，销号清零' });
      await s.waitFor(item.key, { ended: true });

      const vars = await s.variables(item.key);
      assert.deepEqual((vars.unitResults as { unit: string; dueDate: string; result: string }[]).map((r) => [r.unit, r.dueDate, r.result]), [
        ['gu-zjj', '2026-05-20T23:59:59+08:00', 'on-time'], // measured against its plan's date, not the month (04-02)
        ['gu-wjj', '2026-12-31T23:59:59+08:00', 'on-time'], // its own limit: the end of the year
      ]);
      const documents = await s.records.documents();
      const materials = await s.records.archiveMaterials();
      assert.equal(materials.length, documents.length, 'every document of the item is filed');
      for (const material of materials) {
        assert.equal(material.sha256, documents.find((d) => d.id === material.documentId)?.sha256, `${material.name} filed with its hash`);
      }
      assert.ok(materials.some((m) => m.sourceVariable === 'assignmentNotice'));
      const notice = documents.find((d) => d.template === 'assignment-notice');
      assert.ok(notice?.archived);
      assert.match((await s.records.refusesChange(notice.id)) ?? 'changed', /read-only/, 'archived documents cannot be changed');
    },
  },
]);
