import { centered, fieldTable, paragraph, rightAligned, title } from '../docx-builder.util.js';
import { chineseDate, type DocumentTemplateRenderer } from './template.js';

/** 督办通知单: the form sent to the handling unit with the item, its limit and the requirements. */
export const assignmentNotice: DocumentTemplateRenderer = ({ facts, issuer, issuedOn }) => {
  const itemNumber = facts.text('itemNumber');
  const dueDay = facts.text('dueDateDay');
  const rows: [string, string | undefined][] = [
    ['督办编号', itemNumber],
    ['事项名称', facts.text('title')],
    ['事项来源', facts.text('source')],
    ['牵头单位', facts.units('leadUnit')],
    ['协办单位', facts.units('assistingUnits')],
    ['办理时限', dueDay ? chineseDate(dueDay) : undefined],
    ['事项内容', facts.text('content')],
    ['工作要求', facts.text('requirements')],
    ['反馈要求', facts.text('feedbackRequirement')],
    ['联系人', facts.text('contact')],
  ];
  return {
    name: `督办通知单${itemNumber ? `-${itemNumber}` : ''}`,
    title: '督办通知单',
    blocks: [
      title('督办通知单'),
      ...(itemNumber ? [centered(itemNumber)] : []),
      fieldTable(rows.filter((row): row is [string, string] => row[1] !== undefined)),
      paragraph('请接到本通知后及时签收，按要求认真办理，并在办理时限内将办理结果书面报送。'),
      rightAligned(issuer),
      rightAligned(issuedOn),
    ],
  };
};
