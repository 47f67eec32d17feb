import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';

export type Block = Paragraph | Table;

// Fonts of Chinese official documents (GB/T 9704): 小标宋 titles, 仿宋 body, 黑体 level-one headings.
const TITLE_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '方正小标宋简体' };
const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋_GB2312' };
const HEADING_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };
const TITLE_SIZE = 44; // 二号, half-points
const BODY_SIZE = 32; // 三号

function run(text: string, options: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text, font: BODY_FONT, size: BODY_SIZE, ...options });
}

export function title(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 400 },
    children: [new TextRun({ text, font: TITLE_FONT, size: TITLE_SIZE })],
  });
}

export function centered(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [run(text)] });
}

export function heading(text: string): Paragraph {
  return new Paragraph({ spacing: { before: 200 }, children: [run(text, { font: HEADING_FONT })] });
}

/** A body paragraph with the customary two-character first-line indent. */
export function paragraph(text: string): Paragraph {
  return new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560 }, children: [run(text)] });
}

export function rightAligned(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(text)] });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

function cell(text: string, widthPercent: number, bold = false): TableCell {
  return new TableCell({
    borders: BORDERS,
    width: { size: widthPercent, type: WidthType.PERCENTAGE },
    children: text.split('\n').map((line) => new Paragraph({ children: [run(line, { bold, size: 28 })] })),
  });
}

/** Two columns, label | value: the form of a 督办通知单. */
export function fieldTable(rows: [string, string][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(([label, value]) => new TableRow({ children: [cell(label, 22, true), cell(value, 78)] })),
  });
}

export function gridTable(header: string[], rows: string[][]): Table {
  const width = Math.floor(100 / header.length);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((text) => cell(text, width, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((text) => cell(text, width)) })),
    ],
  });
}

export async function packDocx(titleText: string, blocks: Block[]): Promise<Buffer> {
  const document = new Document({
    title: titleText,
    creator: 'Duban',
    styles: { default: { document: { run: { font: BODY_FONT, size: BODY_SIZE } } } },
    sections: [{ properties: { page: { margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } }, children: blocks }],
  });
  return Packer.toBuffer(document);
}
