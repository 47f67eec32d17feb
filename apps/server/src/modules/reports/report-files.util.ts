import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import type { UnitReportDto } from './reports.dto.js';

const HEADER = ['单位', '按时办结', '逾期办结', '退回重办', '落实不力', '按时办结率', '当前逾期未办'];
const rate = (value: number | null) => (value === null ? '—' : `${Math.round(value * 1000) / 10}%`);
const cells = (u: UnitReportDto['units'][number]) => [u.unitName, u.onTime, u.overdue, u.sendBacks, u.poorImplementation, rate(u.onTimeRate), u.openOverdue];

/** The unit report as an .xlsx workbook (one sheet, frozen header). */
export async function unitReportXlsx(report: UnitReportDto, tenantName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Duban';
  const sheet = workbook.addWorksheet('各单位办理情况', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow([`${tenantName} 督办事项办理情况（${report.from} 至 ${report.to}）`]).font = { bold: true, size: 14 };
  sheet.addRow(HEADER).font = { bold: true };
  for (const unit of report.units) sheet.addRow(cells(unit));
  sheet.columns.forEach((column, i) => (column.width = i === 0 ? 28 : 14));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** 督查通报 for the period: the figures, then the units praised (only on time) and criticised (late, sent back). */
export async function unitReportBulletin(report: UnitReportDto, tenantName: string, issuer: string): Promise<Buffer> {
  const praised = report.units.filter((u) => u.onTime > 0 && u.overdue + u.sendBacks + u.poorImplementation === 0);
  const criticised = report.units.filter((u) => u.overdue + u.sendBacks + u.poorImplementation + u.openOverdue > 0);
  const text = (value: string) => new Paragraph({ children: [new TextRun({ text: value, size: 28, font: 'FangSong' })] });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [HEADER, ...report.units.map((u) => cells(u).map(String))].map(
      (row, r) => new TableRow({ children: row.map((value) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: value, bold: r === 0 })] })] })) }),
    ),
  });
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${tenantName}督查通报`, bold: true, size: 44 })] }),
          text(`现将 ${report.from} 至 ${report.to} 各单位督办事项办理情况通报如下。`),
          text('一、办理情况'),
          table,
          text('二、表扬单位'),
          text(praised.length ? `${praised.map((u) => u.unitName).join('、')}按时保质完成督办事项，予以表扬。` : '本期无。'),
          text('三、批评单位'),
          ...(criticised.length
            ? criticised.map((u) => text(`${u.unitName}：${[u.overdue && `逾期办结 ${u.overdue} 件`, u.sendBacks && `退回重办 ${u.sendBacks} 次`, u.poorImplementation && `落实不力 ${u.poorImplementation} 次`, u.openOverdue && `当前逾期未办 ${u.openOverdue} 项`].filter(Boolean).join('，')}。`))
            : [text('本期无。')]),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: issuer, size: 28 })] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: report.to, size: 28 })] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
