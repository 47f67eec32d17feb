import { gridTable, heading, paragraph, rightAligned, title } from '../docx-builder.util.js';
import type { DocumentTemplateRenderer } from './template.js';

const QUARTERS = ['一', '二', '三', '四'];

/**
 * 季度督查通报: per-unit figures of the quarter from the evaluation facts. Units with only on-time results are
 * praised; units with overdue, sent-back or 落实不力 results are criticised with their counts.
 */
export const quarterlyBulletin: DocumentTemplateRenderer = ({ facts, issuer, issuedOn, quarter }) => {
  if (!quarter) throw new Error('quarterly bulletin needs the quarter figures');
  const subject = facts.text('title') ?? `${quarter.year}年第${QUARTERS[quarter.quarter - 1]}季度督查工作通报`;
  const praised = quarter.units.filter((u) => u.onTime > 0 && u.overdue + u.sendBacks + u.poorImplementation === 0);
  const criticised = quarter.units.filter((u) => u.overdue + u.sendBacks + u.poorImplementation > 0);
  const rate = (value: number | null) => (value === null ? '—' : `${Math.round(value * 1000) / 10}%`);
  const problems = (u: (typeof criticised)[number]) =>
    [
      u.overdue ? `逾期 ${u.overdue} 件` : '',
      u.sendBacks ? `退回重办 ${u.sendBacks} 次` : '',
      u.poorImplementation ? `落实不力 ${u.poorImplementation} 次` : '',
    ]
      .filter(Boolean)
      .join('，');
  return {
    name: subject,
    title: subject,
    blocks: [
      title(subject),
      paragraph(`现将${quarter.year}年第${QUARTERS[quarter.quarter - 1]}季度各单位督办事项办理情况通报如下。`),
      heading('一、办理情况'),
      gridTable(
        ['单位', '按时办结', '逾期', '退回重办', '落实不力', '按时办结率'],
        quarter.units.map((u) => [
          facts.unitName(u.unit),
          String(u.onTime),
          String(u.overdue),
          String(u.sendBacks),
          String(u.poorImplementation),
          rate(u.onTimeRate),
        ]),
      ),
      heading('二、表扬单位'),
      paragraph(praised.length ? `${praised.map((u) => facts.unitName(u.unit)).join('、')}按时保质完成督办事项，予以表扬。` : '本季度无。'),
      heading('三、批评单位'),
      ...(criticised.length
        ? criticised.map((u) => paragraph(`${facts.unitName(u.unit)}：${problems(u)}。`))
        : [paragraph('本季度无。')]),
      rightAligned(issuer),
      rightAligned(issuedOn),
    ],
  };
};
