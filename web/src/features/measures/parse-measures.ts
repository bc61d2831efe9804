// Turns the plain text of the measures (web/public/measures.txt, extracted from the published document) into
// headed blocks. The attachments are tables in the original; the extraction left one cell per tab-led line,
// which is enough to rebuild each indicator as name, type and explanation.

export interface Indicator {
  group: string | null;
  name: string;
  type: string | null;
  paragraphs: string[];
}

export type MeasuresBlock =
  | { kind: 'title'; text: string }
  | { kind: 'chapter'; id: string; text: string }
  | { kind: 'article'; id: string; heading: string; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'attachmentList'; items: string[] }
  | { kind: 'attachment'; id: string; label: string; title: string }
  | { kind: 'indicators'; indicators: Indicator[] };

const CHAPTER = /^第[一二三四五六七八九十]+章/;
const ARTICLE = /^(第([一二三四五六七八九十百]+)条)\s*(.*)$/;
const ATTACHMENT = /^附件(\d+)$/;
const INDICATOR_TYPES = new Set(['定量', '定性', '定性定量', '定量定性']);
const CELL_PARAGRAPH_START = /^(创建|认定)\s*[：:]/;
const TABLE_END = /^(注：|指标解释说明)/;

export function chineseNumeral(text: string): number {
  const digits = '一二三四五六七八九';
  if (!text.includes('十')) return digits.indexOf(text) + 1;
  const [tens = '', units = ''] = text.split('十');
  return (tens ? digits.indexOf(tens) + 1 : 1) * 10 + (units ? digits.indexOf(units) + 1 : 0);
}

export function parseMeasures(raw: string): MeasuresBlock[] {
  const lines = raw.replace(/\r/g, '').split('\n');
  const listStart = lines.findIndex((line) => line.trim().startsWith('附件：'));
  if (listStart < 0) return parseBody(lines);
  const attachmentStart = lines.findIndex((line, i) => i > listStart && ATTACHMENT.test(line.trim()));
  const listEnd = attachmentStart < 0 ? lines.length : attachmentStart;
  const blocks = [...parseBody(lines.slice(0, listStart)), parseAttachmentList(lines.slice(listStart, listEnd))];
  if (attachmentStart >= 0) blocks.push(...parseAttachments(lines.slice(attachmentStart)));
  return blocks;
}

function parseBody(lines: string[]): MeasuresBlock[] {
  const blocks: MeasuresBlock[] = [];
  let chapterCount = 0;
  for (const line of lines.map((l) => l.trim()).filter(Boolean)) {
    const article = ARTICLE.exec(line);
    if (ATTACHMENT.test(line) && blocks.length === 0) continue; // the number the text had inside its covering notice
    if (blocks.length === 0) blocks.push({ kind: 'title', text: line });
    else if (CHAPTER.test(line)) blocks.push({ kind: 'chapter', id: `chapter-${++chapterCount}`, text: line.replace(/\s+/, ' ') });
    else if (article) {
      const [, heading = '', numeral = '', text = ''] = article;
      blocks.push({ kind: 'article', id: `article-${chineseNumeral(numeral)}`, heading, text });
    } else blocks.push({ kind: 'paragraph', text: line });
  }
  return blocks;
}

function parseAttachmentList(lines: string[]): MeasuresBlock {
  // The titles are broken across lines mid-word, so join everything and split on the item numbers.
  const joined = lines.join('').replace(/\s+/g, '').replace(/^附件：/, '');
  const items = [...joined.matchAll(/\d+\.(\D+)/g)].map((m) => m[1] ?? '');
  return { kind: 'attachmentList', items };
}

function parseAttachments(lines: string[]): MeasuresBlock[] {
  const sections: string[][] = [];
  for (const line of lines) {
    if (ATTACHMENT.test(line.trim())) sections.push([line.trim()]);
    else sections.at(-1)?.push(line);
  }
  return sections.flatMap(parseAttachment);
}

function parseAttachment([label = '', ...lines]: string[]): MeasuresBlock[] {
  const number = ATTACHMENT.exec(label)?.[1] ?? '';
  const firstCell = lines.findIndex((line) => line.startsWith('\t'));
  const titleLines = firstCell < 0 ? lines : lines.slice(0, firstCell);
  const title = titleLines.map((l) => l.trim()).join('');
  const blocks: MeasuresBlock[] = [{ kind: 'attachment', id: `attachment-${number}`, label, title }];
  if (firstCell < 0) return blocks;

  const cells: string[][] = [];
  let rest: string[] = [];
  const tableLines = lines.slice(firstCell);
  for (let i = 0; i < tableLines.length; i += 1) {
    const line = tableLines[i] ?? '';
    const text = line.trim();
    if (line.startsWith('\t')) cells.push(text ? [text] : []);
    else if (TABLE_END.test(text)) {
      rest = tableLines.slice(i);
      break;
    } else if (text) {
      const cell = cells.at(-1);
      if (!cell) continue;
      if (cell.length === 0 || CELL_PARAGRAPH_START.test(text)) cell.push(text);
      else cell[cell.length - 1] += text;
    }
  }
  blocks.push({ kind: 'indicators', indicators: toIndicators(cells.map((c) => c.filter(Boolean))) });
  for (const text of rest.map((l) => l.trim()).filter(Boolean)) blocks.push({ kind: 'paragraph', text });
  return blocks;
}

function toIndicators(cells: string[][]): Indicator[] {
  const textOf = (cell: string[] | undefined) => (cell ?? []).join('');
  const typed = cells.some((cell) => INDICATOR_TYPES.has(textOf(cell)));
  if (!typed) {
    // Two columns (Attachment 3): a header row, then name and explanation pairs.
    const rows: Indicator[] = [];
    for (let i = 2; i + 1 < cells.length; i += 2) {
      rows.push({ group: null, name: textOf(cells[i]), type: null, paragraphs: cells[i + 1] ?? [] });
    }
    return rows;
  }
  // Four columns: group (empty when it continues the previous row's), name, type, explanation.
  const rows: Indicator[] = [];
  let lastUsed = cells.findIndex((cell) => textOf(cell) === '指标说明');
  cells.forEach((cell, i) => {
    if (!INDICATOR_TYPES.has(textOf(cell))) return;
    const group = i - 2 > lastUsed ? textOf(cells[i - 2]) : '';
    rows.push({ group: group || null, name: textOf(cells[i - 1]), type: textOf(cell), paragraphs: cells[i + 1] ?? [] });
    lastUsed = i + 1;
  });
  return rows;
}
