import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { unitReportBulletin, unitReportXlsx } from './report-files.util.js';
import type { UnitReportDto } from './reports.dto.js';

const report: UnitReportDto = {
  from: '2026-07-01',
  to: '2026-09-30',
  units: [
    { unitCode: 'b1', unitName: '一局', onTime: 4, overdue: 0, sendBacks: 0, poorImplementation: 0, onTimeRate: 1, openOverdue: 0 },
    { unitCode: 'b2', unitName: '二局', onTime: 3, overdue: 1, sendBacks: 2, poorImplementation: 0, onTimeRate: 0.75, openOverdue: 0 },
    // On time so far, but a task is overdue now: criticised, not praised.
    { unitCode: 'b3', unitName: '三局', onTime: 2, overdue: 0, sendBacks: 0, poorImplementation: 0, onTimeRate: 1, openOverdue: 1 },
    { unitCode: 'b4', unitName: '四局', onTime: 0, overdue: 0, sendBacks: 0, poorImplementation: 0, onTimeRate: null, openOverdue: 0 },
  ],
};

/** The paragraphs' text, each paragraph on a line of its own. */
async function docxText(file: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(file)).file('word/document.xml')!.async('string');
  return xml.split('</w:p>').map((p) => p.replace(/<[^>]+>/g, '')).join('\n');
}

describe('report files', () => {
  it('writes the period bulletin with the live overdue column, praise and criticism', async () => {
    const text = await docxText(await unitReportBulletin(report, 'Alpha 测试县', 'Alpha 测试县人民政府督查室'));
    expect(text).toContain('Alpha 测试县督查通报');
    expect(text).toContain('现将2026年7月1日至2026年9月30日各单位督办事项办理情况通报如下。');
    expect(text).toContain('当前逾期未办');
    expect(text).toMatch(/二局\n3\n1\n2\n0\n75%\n0/);
    expect(text).toMatch(/四局\n0\n0\n0\n0\n—\n0/);
    expect(text).toContain('一局按时保质完成督办事项，予以表扬。');
    expect(text).toContain('二局：逾期 1 件，退回重办 2 次。');
    expect(text).toContain('三局：当前逾期未办 1 项。');
    expect(text).not.toContain('一局：');
    expect(text).toContain('2026年9月30日');
  });

  it('says so when nobody is to be praised or criticised', async () => {
    const quiet = { ...report, units: [report.units[3]] };
    const text = await docxText(await unitReportBulletin(quiet, 'Alpha 测试县', '督查室'));
    expect(text.match(/本期无。/g)).toHaveLength(2);
  });

  it('exports the same figures as a spreadsheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await unitReportXlsx(report, 'Alpha 测试县')) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('各单位办理情况')!;
    expect(sheet.getRow(3).values).toEqual([undefined, '一局', 4, 0, 0, 0, '100%', 0]);
    expect(sheet.getRow(4).getCell(6).value).toBe('75%');
  });
});
