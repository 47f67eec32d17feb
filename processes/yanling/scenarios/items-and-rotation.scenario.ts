import assert from 'node:assert/strict';
import { defineScenarios, type ScenarioSession } from '../../../tools/procedures/src/index.js';

// 炎政办发〔2023〕13号 一（二）文件、会议决定和领导批示事项：分解立项 → 县政府相关负责人同意 → 交办，督查室逐件审核
// （必要时现场核查），不符合要求的退回重新办理 → 综合上报 → 仍需落实的再次交办，直至办结 → 归档。
// 三（三）每半年从督查干部信息库抽选1—2名参加县政府督查工作轮训。

type Unit = { unit: string; lead: boolean; limit?: string };
const register = (units: Unit[]) => ({
  title: '地质灾害隐患点综合治理',
  source: 'instruction',
  content: '落实县政府领导批示，完成汛前地质灾害隐患点治理。',
  requirements: '按时限报送治理结果，督查室现场核查。',
  units,
});
const report = (text: string) => ({ report: text, reporter: '联络员', reporterPhone: '13800000021' });

async function handleAndCheck(s: ScenarioSession, unit: string, decision: 'approve' | 'reject' = 'approve'): Promise<void> {
  await s.complete({ element: 'work', group: `unit-contact@${unit}` }, report('已完成隐患点排查和工程治理。'));
  await s.complete({ element: 'check', group: 'supervision-staff', where: (t) => t.variables.unit === unit },
    decision === 'approve' ? { siteChecked: true, decision } : { siteChecked: true, decision, comment: '现场核查发现排水沟未完工' });
}

export default defineScenarios('yanling', [
  {
    id: 'yanling-item-send-back-and-follow-up',
    title: '批示事项：分管副县长退回后同意立项；牵头单位与协办单位（7日）办理，现场核查不合格退回重办；领导审阅要求继续落实，再次交办（5日）直至办结，通报、归档',
    startAt: '2026-05-11T09:00:00+08:00',
    async run(s) {
      const units = [{ unit: 'yl-zrzyj', lead: true }, { unit: 'yl-gxq', lead: false, limit: '7d' }];
      const item = await s.start('yanling-supervision-item', register(units));
      await s.complete({ element: 'agree', assignee: 'yl-fxz-yi' }, { decision: 'reject', comment: '协办单位时限过长' });
      await s.complete({ element: 'revise', group: 'supervision-staff' }, register(units));
      await s.complete({ element: 'agree', assignee: 'yl-fxz-yi' }, { decision: 'approve' });
      const lead = await s.task({ element: 'work', group: 'unit-contact@yl-zrzyj' });
      const assisting = await s.task({ element: 'work', group: 'unit-contact@yl-gxq' });
      assert.equal(lead.dueDate, '2026-05-26T23:59:59+08:00', '15 days by default');
      assert.equal(assisting.dueDate, '2026-05-18T23:59:59+08:00', 'its own 7 days');
      await handleAndCheck(s, 'yl-gxq');
      await handleAndCheck(s, 'yl-zrzyj', 'reject');
      await handleAndCheck(s, 'yl-zrzyj');
      await s.complete({ element: 'summary', group: 'supervision-staff' }, { summary: '两单位已办结，主体工程完工，排水配套待完善。' });
      await s.complete({ element: 'leaderRead', assignee: 'yl-fxz-yi' }, { followUp: true, instruction: '排水配套工程继续交办自然资源局。' });

      const again = [{ unit: 'yl-zrzyj', lead: true, limit: '5d' }];
      await s.complete({ element: 'reassign', group: 'supervision-staff' }, register(again));
      const redo = await s.task({ element: 'work', group: 'unit-contact@yl-zrzyj' });
      assert.equal(redo.dueDate, '2026-05-18T23:59:59+08:00', 'the new 5 days end on Saturday 05-16 → Monday');
      await handleAndCheck(s, 'yl-zrzyj');
      await s.complete({ element: 'summary', group: 'supervision-staff' }, { summary: '排水配套工程已完工，事项全部办结。' });
      await s.complete({ element: 'leaderRead', assignee: 'yl-fxz-yi' }, { followUp: false, instruction: '同意销号，予以通报。' });
      await s.waitFor(item.key, { ended: true });

      const path = await s.path(item.key);
      assert.equal(path.filter((id) => id === 'notice').length, 2, 'assigned again');
      assert.deepEqual(path.slice(-3), ['bulletin', 'archive', 'end']);
      assert.equal((await s.variables(item.key)).itemNumber, '炎督〔2026〕1号');
      assert.deepEqual((await s.records.facts()).map((f) => [f.unit, f.fact]), [['yl-gxq', 'on-time'], ['yl-zrzyj', 'send-back'], ['yl-zrzyj', 'on-time'], ['yl-zrzyj', 'on-time']]);
      const documents = await s.records.documents();
      assert.deepEqual(documents.map((d) => d.template).filter(Boolean), ['assignment-notice', 'assignment-notice', 'bulletin']);
      const unfiled = documents.filter((d) => !d.archived).map((d) => d.template);
      assert.deepEqual(unfiled, [], 'both notices are filed');
    },
  },
  {
    id: 'yanling-cadre-rotation-half-yearly',
    title: '督查干部轮训：7月10日从信息库随机抽选2名、确认1名参加并通知；次年1月10日再次抽选，上次抽中的不再抽，抽选记录可复核',
    startAt: '2026-07-01T09:00:00+08:00',
    async run(s) {
      s.adopt('yanling-cadre-rotation');
      await s.noTask({ element: 'confirm' });
      await s.advanceTo('2026-07-10T09:30:00+08:00');
      const first = await s.task({ element: 'confirm', group: 'supervision-head' });
      const drawn = first.variables.drawn as string[];
      assert.equal(drawn.length, 2);
      await s.complete({ element: 'confirm', instanceKey: first.instanceKey }, { trainees: [drawn[0]] });
      await s.complete({ element: 'complete', group: 'supervision-staff', instanceKey: first.instanceKey }, { rotationEnd: '2026-08-10', rotationNote: '跟班轮训一个月，考核合格。' });
      await s.waitFor(first.instanceKey, { ended: true });
      const told = (await s.records.notifications()).filter((n) => n.body.includes('轮训'));
      assert.deepEqual(told.map((n) => n.personId), [drawn[0]], 'only the confirmed trainee is told');

      await s.advanceTo('2027-01-10T09:30:00+08:00');
      const second = await s.task({ element: 'confirm', group: 'supervision-head', where: (t) => t.instanceKey !== first.instanceKey });
      const again = second.variables.drawn as string[];
      assert.equal(again.filter((id) => drawn.includes(id)).length, 0, 'nobody drawn last time is drawn again');
      await s.complete({ element: 'confirm', instanceKey: second.instanceKey }, { trainees: again });
      const log = await s.records.draws();
      assert.deepEqual(log.map((d) => [d.registry, d.result]), [['supervision-cadres', drawn], ['supervision-cadres', again]]);
      assert.deepEqual([...log[1].excluded].sort(), [...drawn].sort());
    },
  },
]);
