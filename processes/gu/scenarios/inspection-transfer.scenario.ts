import assert from 'node:assert/strict';
import type { Variables } from '@duban/workflow';
import { defineScenarios, type ScenarioSession } from '../../../tools/procedures/src/index.js';

// 古政办发〔2021〕52号 督查与结果运用：对重要事项开展督查、形成督查报告报主要领导；经主要领导同意予以通报批评（抄送县委、
// 人大、政协）、由主要领导约谈单位主要负责人；需追究责任的，经主要领导批准移交有权机关，涉嫌职务犯罪的移交监察机关。

const start = (targetUnit: string) => ({
  title: '县城污水处理厂提标改造督查',
  inspectionReason: 'important',
  targetUnit,
  content: '提标改造工程严重滞后，群众反映强烈。',
});

async function inspectAndReport(s: ScenarioSession, instanceKey: string, instruction: Variables): Promise<void> {
  await s.complete({ element: 'investigate', group: 'supervision-staff', instanceKey }, { methods: ['site', 'documents', 'hearing'], facts: '现场核查工程停工两个月，资金挪作他用。' });
  await s.complete({ element: 'report', group: 'supervision-staff', instanceKey }, { content: '提标改造工程严重滞后，存在资金挪用问题，建议通报批评并移交追责。', proposals: '通报批评、约谈、移交' });
  await s.complete({ element: 'instruct', group: 'principal-leader', instanceKey }, instruction);
}

export default defineScenarios('gu', [
  {
    id: 'gu-inspection-criticise-interview-transfer',
    title: '督查结果运用：主要领导批示通报批评（编号、督查通报、计入考评）、主要领导约谈、批准移交监察机关；另一件移交未获批准则不移交',
    startAt: '2026-06-08T09:00:00+08:00',
    async run(s) {
      const inspection = await s.start('gu-inspection', start('gu-zjj'));
      await inspectAndReport(s, inspection.key, { criticise: true, interview: 'principal', transfer: true, instruction: '通报批评，由我约谈，移交追责。' });
      await s.complete({ element: 'interviewPrincipal', group: 'principal-leader' }, { interviewDate: '2026-06-10', interviewee: '住建局局长', interviewRecord: '约谈住建局主要负责人，要求限期整改。' });
      await s.complete({ element: 'proposeTransfer', group: 'supervision-staff', instanceKey: inspection.key }, { transferProposal: '涉嫌挪用专项资金，建议移交县监察委员会。' });
      await s.complete({ element: 'approveTransfer', group: 'principal-leader', instanceKey: inspection.key }, { decision: 'approve' });
      await s.complete({ element: 'transfer', group: 'supervision-staff' }, { transferTo: 'supervision-commission', transferDocNo: '古督移〔2026〕1号', transferDate: '2026-06-12' });
      await s.waitFor(inspection.key, { ended: true });

      const path = await s.path(inspection.key);
      assert.ok(['bulletin', 'criticise', 'interviewPrincipal', 'transfer'].every((id) => path.includes(id)), path.join(' → '));
      assert.ok(!path.includes('interviewDeputy'));
      assert.equal((await s.variables(inspection.key)).bulletinNumber, '古督〔2026〕1号');
      assert.deepEqual((await s.records.facts()).map((f) => [f.unit, f.fact]), [['gu-zjj', 'poor-implementation']]);
      const bulletin = (await s.records.documents()).find((d) => d.template === 'bulletin');
      assert.ok(bulletin);
      assert.match(await s.records.documentText(bulletin.id), /县住房和城乡建设管理局/);

      const second = await s.start('gu-inspection', start('gu-yueyang'), { itemId: `${s.itemId}-2` });
      await inspectAndReport(s, second.key, { criticise: false, interview: 'deputy', transfer: true, instruction: '由分管副县长约谈，追责建议暂缓。' });
      await s.complete({ element: 'interviewDeputy', assignee: 'gu-fxz-zhang' }, { interviewDate: '2026-06-15', interviewee: '岳阳镇镇长', interviewRecord: '约谈岳阳镇主要负责人。' });
      await s.complete({ element: 'proposeTransfer', group: 'supervision-staff', instanceKey: second.key }, { transferProposal: '建议移交有权机关追究责任。' });
      await s.complete({ element: 'approveTransfer', group: 'principal-leader', instanceKey: second.key }, { decision: 'reject', comment: '先行整改，暂不移交' });
      await s.waitFor(second.key, { ended: true });
      const secondPath = await s.path(second.key);
      assert.ok(!secondPath.includes('transfer') && !secondPath.includes('bulletin'), secondPath.join(' → '));
      assert.equal((await s.records.facts()).length, 1, 'no criticism recorded for the second');
    },
  },
]);
