// The 认定公告 as a Word file (Art. 7(4): 由省工业和信息化厅发文公告正式认定). The table lists each certified
// platform (base) with its region, operator and certificate number in the announcement's neutral order — no line
// numbers, no scores (Art. 8).
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { AnnouncementEntryView } from '../../contracts/certification';
import { chineseDate } from '../../domain/shared/plain-date';

export interface AnnouncementDocumentInput {
  title: string;
  text: string;
  entries: readonly AnnouncementEntryView[];
  publishedOn: string;
}

const HEADERS = ['地市', '县（市、区）', '平台（基地）名称', '运营主体', '证书编号'];
const FONT = 'SimSun';

function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, font: FONT, size: 22 })] })] });
}

function paragraph(text: string, alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]): Paragraph {
  return new Paragraph({ spacing: { after: 120 }, ...(alignment ? { alignment } : {}), children: [new TextRun({ text, font: FONT, size: 24 })] });
}

export async function buildAnnouncementDocx(input: AnnouncementDocumentInput): Promise<Buffer> {
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: HEADERS.map((header) => cell(header, true)) }),
      ...input.entries.map(
        (entry) => new TableRow({ children: [cell(entry.cityName), cell(entry.countyName), cell(entry.name), cell(entry.organisationName), cell(entry.certificateNumber)] }),
      ),
    ],
  });
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: input.title, bold: true, font: FONT, size: 32 })] }),
          ...input.text.split('\n').filter((line) => line.trim() !== '').map((line) => paragraph(line)),
          table,
          paragraph(''),
          paragraph('注：名单按所在地区划代码及名称排列，不分先后。'),
          paragraph('广东省工业和信息化厅', AlignmentType.RIGHT),
          paragraph(chineseDate(input.publishedOn), AlignmentType.RIGHT),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
