// The 公示 document as a Word file (Art. 7(2): 通过厅网站公示). The table lists each entry's city, county, name and
// operator in the notice's neutral order — no line numbers, no scores (Art. 8) — followed by the window and how to
// object.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { NoticeEntryView } from '../../contracts/notices';
import { chineseDate } from '../../domain/shared/plain-date';

export interface NoticeDocumentInput {
  title: string;
  text: string;
  entries: readonly NoticeEntryView[];
  startsOn: string;
  endsOn: string;
  noticeId: string;
  /** PUBLIC_BASE_URL, e.g. https://shifan.gdii.gov.cn; when unset the document names the page instead of a link. */
  publicBaseUrl?: string | undefined;
}

const HEADERS = ['地市', '县（市、区）', '平台（基地）名称', '运营主体'];
const FONT = 'SimSun';


function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, font: FONT, size: 22 })] })] });
}

function paragraph(text: string): Paragraph {
  return new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text, font: FONT, size: 24 })] });
}

/**
 * Art. 7(2): the printed notice must tell a reader on paper where to object, so it names the site's column and,
 * when the public address is configured, the full link to this notice (a bare path is useless on paper).
 */
export function howToObjectText(noticeId: string, publicBaseUrl: string | undefined): string {
  const where = publicBaseUrl
    ? `登录广东省工业和信息化厅网站“公示公告”栏目，或直接访问 ${publicBaseUrl.replace(/\/+$/, '')}/notices/${noticeId} ，打开本公示`
    : '登录广东省工业和信息化厅网站“公示公告”栏目（本系统 /notices 页面），打开本公示';
  return (
    `公示期内，对公示对象有异议的，可${where}，在页面上实名提出书面异议，写明异议事实和理由并提供必要的证明材料；` +
    '匿名、超出公示期或无具体事实的异议不予受理。我厅将对异议进行核实，并对异议人信息予以保密。'
  );
}

export async function buildNoticeDocx(input: NoticeDocumentInput): Promise<Buffer> {
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: HEADERS.map((header) => cell(header, true)) }),
      ...input.entries.map((entry) => new TableRow({ children: [cell(entry.cityName), cell(entry.countyName), cell(entry.name), cell(entry.organisationName)] })),
    ],
  });
  const window = `公示期：${chineseDate(input.startsOn)}至${chineseDate(input.endsOn)}（共5个工作日，截至${chineseDate(input.endsOn)}24时）。`;
  const howToObject = howToObjectText(input.noticeId, input.publicBaseUrl);
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: input.title, bold: true, font: FONT, size: 32 })] }),
          ...input.text.split('\n').filter((line) => line.trim() !== '').map(paragraph),
          table,
          paragraph(''),
          paragraph(window),
          paragraph(howToObject),
          paragraph('注：名单按所在地区划代码及名称排列，不分先后。'),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
