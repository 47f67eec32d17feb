import assert from 'node:assert/strict';
import { defineScenarios } from '../../../tools/procedures/src/index.js';

// 渝府办发〔2021〕144号：提高“互联网+督查”平台交办问题线索办理水平，建立问题线索研判、跟踪、落实、反馈机制，
// 动态跟进办理进度，做到件件有着落、事事有回音。

const MESSAGE = 'chongqing-clue-received';

export default defineScenarios('chongqing', [
  {
    id: 'chongqing-clue-triage-track-answer',
    title: '“互联网+督查”线索：平台消息启动；研判后交办（10个工作日跨国庆）、逾期催办、核实退回重办、到位后答复；另一条研判后直接答复',
    startAt: '2026-09-28T09:00:00+08:00',
    async run(s) {
      const assigned = `${s.itemId}-c1`;
      const direct = `${s.itemId}-c2`;
      s.adopt('chongqing-clue'); // started by the platform's message, not by a person
      await s.publish(MESSAGE, 'CQ-2026-0917', { clueId: 'CQ-2026-0917', clueText: '某校周边占道经营严重，学生上下学不安全。', itemId: assigned });
      await s.publish(MESSAGE, 'CQ-2026-0918', { clueId: 'CQ-2026-0918', clueText: '咨询义务教育入学政策。', itemId: direct });

      const triage = await s.complete({ element: 'triage', group: 'supervision-staff', where: (t) => t.variables.clueId === 'CQ-2026-0917' }, {
        assign: true, unit: 'cq-jw', triageNote: '属实，交市教委会同属地处理。',
      });
      const handle = await s.task({ element: 'handle', group: 'unit-contact@cq-jw' });
      // 10 working days: 09-29, 09-30, (国庆 10-01…10-07), 10-08, 10-09, 10-10 (调休), 10-12 … 10-16
      assert.equal(handle.dueDate, '2026-10-16T23:59:59+08:00');
      await s.settle();
      assert.ok((await s.records.notifications()).some((n) => n.personId === 'cq-jw-lxy' && n.template === 'assigned'));

      await s.advanceTo('2026-10-17T09:00:00+08:00');
      await s.waitFor(triage.instanceKey, { completed: 'urge' });
      assert.ok((await s.records.notifications()).some((n) => n.personId === 'cq-jw-lxy' && n.template === 'overdue'), 'tracked: urged when late');
      await s.complete({ element: 'handle', group: 'unit-contact@cq-jw' }, { handling: '已联系属地街道开展整治。' });
      await s.complete({ element: 'verify', group: 'supervision-staff' }, { decision: 'reject', comment: '未反馈整治结果' });
      await s.complete({ element: 'handle', group: 'unit-contact@cq-jw' }, { handling: '街道已取缔占道摊点12处，设置护学岗。' });
      await s.complete({ element: 'verify', group: 'supervision-staff' }, { decision: 'approve' });
      await s.complete({ element: 'answer', group: 'supervision-staff', instanceKey: triage.instanceKey }, { answer: '问题已整改到位，已通过平台答复留言人。' });
      await s.waitFor(triage.instanceKey, { ended: true });
      const path = await s.path(triage.instanceKey);
      assert.equal(path.filter((id) => id === 'handle').length, 2, 'sent back once');
      assert.deepEqual(path.slice(-2), ['answer', 'end']);

      const second = await s.complete({ element: 'triage', group: 'supervision-staff', where: (t) => t.variables.clueId === 'CQ-2026-0918' }, { triageNote: '政策咨询，直接答复。' });
      await s.complete({ element: 'answer', group: 'supervision-staff', instanceKey: second.instanceKey }, { answer: '已按入学政策文件答复咨询人。' });
      await s.waitFor(second.instanceKey, { ended: true });
      assert.deepEqual(await s.path(second.instanceKey), ['start', 'triage', 'valid', 'answer', 'end']);
    },
  },
]);
