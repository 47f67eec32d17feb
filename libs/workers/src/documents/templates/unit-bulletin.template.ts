import { gridTable, heading, packDocx, paragraph, rightAligned, title } from '../docx-builder.util.js';
import type { RenderedDocument } from './template.js';

/** One unit's figures over the period of a bulletin. */
export interface UnitBulletinRow {
  unitName: string;
  onTime: number;
  overdue: number;
  sendBacks: number;
  poorImplementation: number;
  /** 0–1; null without results in the period. */
  onTimeRate: number | null;
  /** Tasks overdue now and still open (the server's live report); the column appears only when given. */
  openOverdue?: number;
}

export interface UnitBulletinInput {
  title: string;
  /** How the period reads in the text, e.g. `2026年第一季度`, `2026年7月1日至2026年9月30日`. */
  period: string;
  /** How "this period" reads where a section is empty: `本季度`, `本期`. */
  periodShort: string;
  units: UnitBulletinRow[];
  issuer: string;
  issuedOn: string;
}

/** `87.5%`, or `—` without results. */
export function onTimeRateText(value: number | null): string {
  return value === null ? '—' : `${Math.round(value * 1000) / 10}%`;
}

const problemsOf = (u: UnitBulletinRow) => u.overdue + u.sendBacks + u.poorImplementation + (u.openOverdue ?? 0);

function problemText(u: UnitBulletinRow): string {
  return [
    u.overdue ? `逾期 ${u.overdue} 件` : '',
    u.sendBacks ? `退回重办 ${u.sendBacks} 次` : '',
    u.poorImplementation ? `落实不力 ${u.poorImplementation} 次` : '',
    u.openOverdue ? `当前逾期未办 ${u.openOverdue} 项` : '',
  ]
    .filter(Boolean)
    .join('，');
}

/**
 * 督查通报 of units' figures over a period (the quarterly bulletin of the workers, the reports' bulletin of the
 * server): the table, then the units praised (results, all on time) and criticised (late, sent back, 落实不力, or
 * overdue now) with their counts.
 */
export function unitBulletin(input: UnitBulletinInput): RenderedDocument {
  const withOpen = input.units.some((u) => u.openOverdue !== undefined);
  const praised = input.units.filter((u) => u.onTime > 0 && problemsOf(u) === 0);
  const criticised = input.units.filter((u) => problemsOf(u) > 0);
  const none = paragraph(`${input.periodShort}无。`);
  const row = (u: UnitBulletinRow) => [
    u.unitName,
    ...[u.onTime, u.overdue, u.sendBacks, u.poorImplementation].map(String),
    onTimeRateText(u.onTimeRate),
    ...(withOpen ? [String(u.openOverdue ?? 0)] : []),
  ];
  return {
    name: input.title,
    title: input.title,
    blocks: [
      title(input.title),
      paragraph(`现将${input.period}各单位督办事项办理情况通报如下。`),
      heading('一、办理情况'),
      gridTable(['单位', '按时办结', '逾期', '退回重办', '落实不力', '按时办结率', ...(withOpen ? ['当前逾期未办'] : [])], input.units.map(row)),
      heading('二、表扬单位'),
      praised.length ? paragraph(`${praised.map((u) => u.unitName).join('、')}按时保质完成督办事项，予以表扬。`) : none,
      heading('三、批评单位'),
      ...(criticised.length ? criticised.map((u) => paragraph(`${u.unitName}：${problemText(u)}。`)) : [none]),
      rightAligned(input.issuer),
      rightAligned(input.issuedOn),
    ],
  };
}

/** The bulletin as a .docx file. */
export function unitBulletinDocx(input: UnitBulletinInput): Promise<Buffer> {
  const document = unitBulletin(input);
  return packDocx(document.title, document.blocks);
}
