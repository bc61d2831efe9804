// The yearly programme report (年度工作报告, F8 item 3) as a Word file: numbered sections of text, tables and bar
// charts (PNG, png-bar-chart.ts). Every chart has its table and a caption that names what its bars are, in the
// order drawn — division code or stage, never ranked (Art. 8).
import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { drawBarChart, SERIES_COLOURS } from './png-bar-chart';

export interface ReportTable {
  headers: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}

export interface ReportChart {
  /** One value per series for each category, in the table's row order. */
  categories: readonly (readonly number[])[];
  caption: string;
}

export interface ReportSection {
  heading: string;
  paragraphs: readonly string[];
  tables: readonly { title: string; table: ReportTable; chart?: ReportChart }[];
  /**
   * Long lists (the year's certificates), each as one paragraph of entries separated by “；”, as official lists of
   * names are printed: a province-wide year may hold a thousand, and the docx package spends about a millisecond on
   * each table cell and a few tenths on each run, but next to nothing on one long run (bench/oversight.ts).
   */
  lists?: readonly { title: string; entries: readonly string[] }[];
}

export interface ProgrammeReportDocument {
  title: string;
  /** 统计范围 and 编制日期 lines under the title. */
  preface: readonly string[];
  sections: readonly ReportSection[];
  closing: readonly string[];
}

const FONT = 'SimSun';
const CHART_WIDTH = 600;
const CHART_HEIGHT = 220;

function run(text: string, options: { bold?: boolean; size?: number } = {}): TextRun {
  return new TextRun({ text, font: FONT, bold: options.bold ?? false, size: options.size ?? 24 });
}

function paragraph(text: string, options: { bold?: boolean; size?: number; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}): Paragraph {
  return new Paragraph({ spacing: { after: 120 }, ...(options.alignment ? { alignment: options.alignment } : {}), children: [run(text, options)] });
}

function cell(text: string | number, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [run(String(text), { bold, size: 21 })] })] });
}

function table(data: ReportTable): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: data.headers.map((header) => cell(header, true)) }),
      ...(data.rows.length === 0 ? [new TableRow({ children: [cell('（无）'), ...data.headers.slice(1).map(() => cell(''))] })] : data.rows.map((row) => new TableRow({ children: row.map((value) => cell(value)) }))),
    ],
  });
}

function chart(data: ReportChart): Paragraph[] {
  const png = drawBarChart({ categories: data.categories, colours: SERIES_COLOURS, width: CHART_WIDTH, height: CHART_HEIGHT });
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120 },
      children: [new ImageRun({ type: 'png', data: png, transformation: { width: CHART_WIDTH, height: CHART_HEIGHT }, altText: { name: data.caption, description: data.caption, title: data.caption } })],
    }),
    paragraph(data.caption, { size: 20, alignment: AlignmentType.CENTER }),
  ];
}

export async function buildProgrammeReportDocx(report: ProgrammeReportDocument): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [run(report.title, { bold: true, size: 32 })] }),
    ...report.preface.map((line) => paragraph(line, { alignment: AlignmentType.CENTER })),
  ];
  for (const section of report.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 }, children: [run(section.heading, { bold: true, size: 28 })] }));
    children.push(...section.paragraphs.map((line) => paragraph(line)));
    for (const item of section.tables) {
      children.push(paragraph(item.title, { bold: true }), table(item.table));
      if (item.chart) children.push(...chart(item.chart));
    }
    for (const list of section.lists ?? []) {
      children.push(paragraph(list.title, { bold: true }), paragraph(list.entries.length === 0 ? '（无）' : `${list.entries.join('；')}。`, { size: 21 }));
    }
  }
  children.push(paragraph(''), ...report.closing.map((line) => paragraph(line, { size: 20 })));
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
