import assert from 'node:assert/strict';
import { defineScenarios, type ScenarioSession } from '../../../tools/procedures/src/index.js';

// 炎政办发〔2023〕13号：计划外专项督查须提前一周申报，申报表依次由督查室、办分管督查领导、办主任、分管副县长、
// 常务副县长、县长签署意见；退回或不足一周的，申报单位调整后重新申报。

const CHAIN = ['yl-dcs-head', 'yl-office-fzr', 'yl-office-zr', 'yl-fxz-zou', 'yl-cwfxz-kuang', 'yl-xz-wen'];
const application = (plannedStart: string) => ({
  applicantUnit: 'yl-nyncj',
  title: '高标准农田建设专项督查',
  basis: '县政府常务会议纪要',
  content: '督查高标准农田建设项目进度和质量。',
  plannedStart,
  plan: '督查组分两组，采取四不两直方式现场核查各乡镇项目进度和工程质量。',
  applicantHead: '农业农村局局长',
});

/** Signs in order; returns who was asked, in order. `reject` names the signer who sends it back. */
async function sign(s: ScenarioSession, reject?: string, before?: (signer: string) => Promise<void>): Promise<string[]> {
  const asked: string[] = [];
  for (const signer of CHAIN) {
    await before?.(signer);
    const task = await s.complete({ element: 'signApprove', assignee: signer }, signer === reject ? { decision: 'reject', comment: '方案需细化' } : { decision: 'approve', comment: '同意' });
    asked.push(task.assignee ?? '');
    if (signer === reject) break;
  }
  return asked;
}

export default defineScenarios('yanling', [
  {
    id: 'yanling-special-six-signatures-send-back',
    title: '专项督查申报：不足一周先退回调整；六个角色依次签署，办主任退回后重新申报，全部签署后组织实施',
    startAt: '2026-06-01T09:00:00+08:00',
    async run(s) {
      const item = await s.start('yanling-special-application', application('2026-06-05'));
      const adjust = await s.task({ element: 'adjust', group: 'unit-contact@yl-nyncj' });
      assert.equal(adjust.variables.earliestStartDay, '2026-06-08', 'one week ahead');
      await s.complete({ element: 'adjust' }, application('2026-06-15'));
      assert.deepEqual(await sign(s, 'yl-office-zr'), CHAIN.slice(0, 3));
      await s.complete({ element: 'adjust', group: 'unit-contact@yl-nyncj' }, { ...application('2026-06-15'), plan: '督查组分两组，逐个项目核查进度、质量和资金使用，形成分组报告。' });
      assert.deepEqual(await sign(s), CHAIN, 'all six, in order');
      await s.waitFor(item.key, { active: 'inspection' });
      const vars = await s.variables(item.key);
      assert.deepEqual(vars.approvers, CHAIN, 'the 分管副县长 of the applicant unit (role binding)');
      const path = await s.path(item.key);
      assert.equal(path.filter((id) => id === 'signApprove').length, 9);
      assert.equal(path.filter((id) => id === 'adjust').length, 2);
    },
  },
  {
    id: 'yanling-special-late-after-signing',
    title: '专项督查申报：签署拖延到开展日期前不足一周，签署后复核不通过，退申报单位调整时间',
    startAt: '2026-06-01T09:00:00+08:00',
    async run(s) {
      const item = await s.start('yanling-special-application', application('2026-06-10'));
      await sign(s, undefined, async (signer) => {
        if (signer === 'yl-xz-wen') await s.advanceTo('2026-06-05T10:00:00+08:00');
      });
      const adjust = await s.task({ element: 'adjust', group: 'unit-contact@yl-nyncj' });
      assert.equal(adjust.variables.earliestStartDay, '2026-06-12');
      const path = await s.path(item.key);
      assert.deepEqual(path.slice(-3), ['signOk', 'recheck', 'stillInTime']);
    },
  },
]);
