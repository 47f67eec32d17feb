import assert from 'node:assert/strict';
import { defineScenarios, type Instance, type ScenarioSession } from '../../../tools/procedures/src/index.js';

// 渝府办发〔2021〕144号 with 国务院令第733号 Art. 17: 督查对象收到结论之日起30日内可申请复核；复核由未参与作出结论的
// 人员在30日内作出决定。重复督查预警：同一对象、同一时段。

const TEAM = ['cq-dcs-ran', 'cq-dcs-mou'];
const application = (targets: string[], periodStart: string, periodEnd: string) => ({
  applicantUnit: 'cq-fzggw',
  title: '稳增长政策落实督查',
  basis: '市政府年度督查计划',
  content: '督查稳增长系列政策在区县的落实情况。',
  targets,
  periodStart,
  periodEnd,
  inAnnualPlan: true,
});

/** Application approved by the office and the government, numbered, registered, planned and trained. */
async function approveAndPlan(s: ScenarioSession, item: Instance): Promise<void> {
  await s.complete({ element: 'review', group: 'supervision-head', instanceKey: item.key }, { decision: 'approve' });
  await s.complete({ element: 'approve', group: 'principal-leader', instanceKey: item.key }, { decision: 'approve' });
  await s.complete({ element: 'plan', group: 'supervision-staff', instanceKey: item.key }, {
    content: '政策落实情况', scope: '万州区', inspectionTeam: TEAM, methods: ['unannounced', 'site'],
  });
  await s.complete({ element: 'training', group: 'supervision-staff', instanceKey: item.key }, { trainingDate: '2026-05-04', trainingNote: '督查纪律和方法培训' });
}

/** The team inspects and concludes; the target is informed and signs for it on `receivedOn`. */
async function concludeAndReceive(s: ScenarioSession, target: string, contact: string, receivedOn: string, rectification: boolean): Promise<void> {
  const inspect = await s.complete({ element: 'inspect', user: 'cq-dcs-ran' }, { facts: '暗访发现部分政策兑现滞后。', evidence: '走访记录、台账' });
  assert.deepEqual(inspect.candidateUsers, TEAM, 'the inspection team inspects');
  await s.complete({ element: 'conclude', user: 'cq-dcs-mou' }, {
    conclusion: '部分惠企政策兑现滞后，资金拨付不及时，需限期整改到位。',
    rectificationRequired: rectification,
    ...(rectification ? { rectificationLimit: '1m' } : {}),
  });
  await s.complete({ element: 'receive', group: `unit-contact@${target}` }, { receivedOn });
  await s.settle();
  assert.ok((await s.records.notifications()).some((n) => n.personId === contact && n.body.includes('30日内申请复核')));
}

export default defineScenarios('chongqing', [
  {
    id: 'chongqing-review-applied-in-time',
    title: '督查结论：对象在30日内申请复核，由未参与结论的人员复核（改变结论），整改被退回一次后到位，建议审定、通报、归档',
    startAt: '2026-04-20T09:00:00+08:00',
    async run(s) {
      const item = await s.start('chongqing-inspection', application(['cq-wanzhou'], '2026-05-04', '2026-05-29'));
      await approveAndPlan(s, item);
      await concludeAndReceive(s, 'cq-wanzhou', 'cq-wz-lxy', '2026-05-11', true);
      const apply = await s.task({ element: 'decideReview', group: 'unit-contact@cq-wanzhou' });
      assert.equal(apply.variables.reviewWindowEnd, '2026-06-10T23:59:59+08:00', '30 days from receipt');

      await s.advanceTo('2026-06-08T10:00:00+08:00');
      await s.complete({ element: 'decideReview', group: 'unit-contact@cq-wanzhou' }, { applyReview: true, reviewReasons: '资金已于5月拨付，结论与事实不符' });
      await s.complete({ element: 'assign', group: 'review-head' }, { reviewers: ['cq-review-tan', 'cq-review-qin'] });
      const decide = await s.task({ element: 'decide' });
      assert.deepEqual(decide.candidateUsers, ['cq-review-tan', 'cq-review-qin']);
      assert.ok(decide.candidateUsers.every((r) => !TEAM.includes(r)), 'nobody who made the conclusion reviews it');
      assert.equal(decide.variables.reviewDue, '2026-07-08T23:59:59+08:00', '30 days for the decision');
      await s.complete({ element: 'decide', user: 'cq-review-qin' }, { reviewOutcome: 'changed', reviewReasoning: '资金拨付已完成，改变部分结论，保留整改要求。' });

      await s.complete({ element: 'rectify', group: 'unit-contact@cq-wanzhou' }, { measures: '建立政策兑现台账，逐项销号。' });
      await s.complete({ element: 'checkRect', user: 'cq-dcs-ran' }, { decision: 'reject', comment: '台账不完整' });
      await s.complete({ element: 'rectify', group: 'unit-contact@cq-wanzhou' }, { measures: '补齐台账并公开兑现进度。' });
      await s.complete({ element: 'checkRect', user: 'cq-dcs-ran' }, { decision: 'approve' });
      await s.complete({ element: 'proposals', group: 'supervision-staff' }, { criticised: '万州区政策兑现滞后', policyAdvice: '完善兑现机制' });
      await s.complete({ element: 'approveProposals', group: 'principal-leader' }, { decision: 'approve' });
      await s.waitFor(item.key, { ended: true });

      const vars = await s.variables(item.key);
      assert.equal(vars.itemNumber, '渝督〔2026〕1号');
      assert.deepEqual((vars.targetResults as { target: string; reviewOutcome: string }[]).map((r) => [r.target, r.reviewOutcome]), [['cq-wanzhou', 'changed']]);
      assert.deepEqual((await s.records.numbers()).map((n) => n.number).sort(), ['渝督〔2026〕1号', '渝督复〔2026〕1号'].sort());
      assert.deepEqual((await s.records.facts()).map((f) => [f.unit, f.fact]), [['cq-wanzhou', 'send-back'], ['cq-wanzhou', 'on-time']]);
      const informed = (await s.records.notifications()).filter((n) => n.body.includes('复核决定'));
      assert.deepEqual(informed.map((n) => n.personId).sort(), ['cq-wz-head', 'cq-wz-lxy']);
    },
  },
  {
    id: 'chongqing-review-window-expired',
    title: '督查结论：收到结论后30日未申请复核，申请期限届满，结论确定，不再复核',
    startAt: '2026-04-20T09:00:00+08:00',
    async run(s) {
      const item = await s.start('chongqing-inspection', application(['cq-fuling'], '2026-05-04', '2026-05-29'));
      await approveAndPlan(s, item);
      await concludeAndReceive(s, 'cq-fuling', 'cq-fl-lxy', '2026-05-11', false);
      await s.task({ element: 'decideReview', group: 'unit-contact@cq-fuling' });
      await s.advanceTo('2026-06-10T22:00:00+08:00');
      await s.task({ element: 'decideReview', group: 'unit-contact@cq-fuling' }); // still open on the last day
      await s.advanceTo('2026-06-11T09:00:00+08:00');
      await s.noTask({ element: 'decideReview' });
      await s.complete({ element: 'proposals', group: 'supervision-staff' }, { praised: '涪陵区' });
      await s.complete({ element: 'approveProposals', group: 'principal-leader' }, { decision: 'approve' });
      await s.waitFor(item.key, { ended: true });
      const path = await s.path(item.key);
      assert.ok(path.includes('windowClosed') && !path.includes('reviewCall') && !path.includes('rectify'));
      assert.deepEqual((await s.records.numbers()).map((n) => n.number), ['渝督〔2026〕1号'], 'no review was opened');
    },
  },
  {
    id: 'chongqing-overlap-warning',
    title: '重复督查预警：同一对象、时段重叠的第二项督查申报触发研判，督查机构决定不予立项',
    startAt: '2026-04-20T09:00:00+08:00',
    async run(s) {
      const first = await s.start('chongqing-inspection', application(['cq-yuzhong', 'cq-jw'], '2026-05-04', '2026-05-29'));
      await approveAndPlan(s, first);
      const second = await s.start('chongqing-inspection', { ...application(['cq-yuzhong'], '2026-05-20', '2026-06-10'), applicantUnit: 'cq-sthjj', title: '生态环境问题整改督查' }, { itemId: `${s.itemId}-2` });
      const warning = await s.task({ element: 'overlapDecision', group: 'supervision-staff', instanceKey: second.key });
      assert.equal(warning.variables.overlapFound, true);
      const overlaps = warning.variables.overlaps as { itemId: string; targets: string[]; itemNumber: string }[];
      assert.deepEqual(overlaps.map((o) => [o.itemId, o.itemNumber, o.targets]), [[s.itemId, '渝督〔2026〕1号', ['cq-yuzhong']]]);
      await s.complete({ element: 'overlapDecision', instanceKey: second.key }, { decision: 'reject', comment: '与在办督查重复，合并开展' });
      await s.waitFor(second.key, { ended: true });
      assert.deepEqual((await s.path(second.key)).slice(-2), ['proceed', 'notApproved']);
      assert.deepEqual((await s.records.inspections()).map((i) => i.itemId), [s.itemId], 'only the approved one is registered');
    },
  },
]);
