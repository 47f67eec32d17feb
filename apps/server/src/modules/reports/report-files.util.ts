import { chineseDate, onTimeRateText, unitBulletinDocx } from '@duban/workers';
import ExcelJS from 'exceljs';
import type { UnitReportDto } from './reports.dto.js';

const HEADER = ['单位', '按时办结', '逾期办结', '退回重办', '落实不力', '按时办结率', '当前逾期未办'];
const cells = (u: UnitReportDto['units'][number]) => [u.unitName, u.onTime, u.overdue, u.sendBacks, u.poorImplementation, onTimeRateText(u.onTimeRate), u.openOverdue];

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

/** 督查通报 for the period: the workers' unit bulletin (libs/workers), with the tasks overdue now as well. */
export function unitReportBulletin(report: UnitReportDto, tenantName: string, issuer: string): Promise<Buffer> {
  return unitBulletinDocx({
    title: `${tenantName}督查通报`,
    period: `${chineseDate(report.from)}至${chineseDate(report.to)}`,
    periodShort: '本期',
    units: report.units,
    issuer,
    issuedOn: chineseDate(report.to),
  });
}
