// Reading MIIT's list of national platforms and bases (Art. 9: 获工业和信息化部认定的国家中小企业公共服务示范平台…
// 信息数据库同时列示; ADR 0017). The list is published as a spreadsheet whose column names vary from year to year, so
// each column is found by any of its usual names, and a title line above the header does no harm.
import { CONTROL_CHARACTERS } from '../../domain/registry/search';
import { AppError } from '../../domain/shared/app-error';
import { MAX_NATIONAL_LIST_ROWS } from '../../contracts/national-tier';
import { openXlsxRows } from '../creation-data/readers/xlsx-rows';
import type { SourceRow } from '../creation-data/ingest';

export interface MiitListRow {
  /** As Excel numbers it. */
  rowNumber: number;
  name: string;
  operatorName: string;
  creditCode: string;
  carrierText: string | null;
  cityText: string | null;
  batchText: string | null;
}

export interface MiitList {
  /** The title line above the header, when the sheet has one. */
  title: string | null;
  rows: MiitListRow[];
}

type Column = keyof Omit<MiitListRow, 'rowNumber'>;

interface ColumnSpec {
  column: Column;
  label: string;
  aliases: readonly string[];
  isRequired: boolean;
}

const COLUMNS: readonly ColumnSpec[] = [
  { column: 'name', label: '平台名称', aliases: ['平台名称', '基地名称', '名称', '平台（基地）名称', '示范平台名称', '示范基地名称', '平台/基地名称'], isRequired: true },
  { column: 'operatorName', label: '运营主体', aliases: ['运营主体', '运营单位', '运营主体名称', '运营单位名称', '运营机构'], isRequired: true },
  { column: 'creditCode', label: '统一社会信用代码', aliases: ['统一社会信用代码', '运营主体统一社会信用代码', '运营单位统一社会信用代码', '信用代码'], isRequired: true },
  { column: 'carrierText', label: '类型', aliases: ['类型', '载体', '载体类型', '类别', '平台类型'], isRequired: false },
  { column: 'cityText', label: '所在地市', aliases: ['所在地市', '地区', '所在地区', '地市', '所在地'], isRequired: false },
  { column: 'batchText', label: '批次', aliases: ['批次', '年份', '认定批次', '认定年份', '年度'], isRequired: false },
];

/** The header rows searched for below a title (a title, a note, a blank line). */
const HEADER_SEARCH_ROWS = 5;
const MAX_CELL_CHARS = 200;
/**
 * Every line read counts, blank ones too: a sheet of blank lines (or one formatted down to row 1,048,576) is not
 * MIIT's list and must not keep the server reading. Three times the data-row limit leaves room for spacing lines.
 */
export const MAX_MIIT_LIST_LINES = 3 * MAX_NATIONAL_LIST_ROWS;
/** Only the first columns are looked at: the list has seven or so; a stray cell at column XFD widens nothing. */
export const MAX_MIIT_LIST_COLUMNS = 30;


/** A header cell as compared with the aliases: full-width brackets and spaces do not matter. */
function headerKey(cell: string): string {
  return cell.normalize('NFKC').replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

const ALIAS_KEYS = COLUMNS.map((spec) => ({ spec, keys: new Set(spec.aliases.map(headerKey)) }));

function findColumns(header: readonly string[]): Map<Column, number> {
  const found = new Map<Column, number>();
  header.forEach((cell, index) => {
    const key = headerKey(cell);
    const match = ALIAS_KEYS.find(({ spec, keys }) => keys.has(key) && !found.has(spec.column));
    if (match) found.set(match.spec.column, index);
  });
  return found;
}

const isHeader = (found: Map<Column, number>) => COLUMNS.filter((spec) => spec.isRequired).every((spec) => found.has(spec.column));

function cleanCell(value: string | undefined): string {
  return (value ?? '').replace(CONTROL_CHARACTERS, ' ').trim().slice(0, MAX_CELL_CHARS);
}

function missingColumns(found: Map<Column, number>): AppError {
  const missing = COLUMNS.filter((spec) => spec.isRequired && !found.has(spec.column));
  const names = missing.map((spec) => `“${spec.label}”`).join('、');
  return new AppError('VALIDATION_FAILED', `名单缺少${names}列：请检查表头（第一个工作表），${missing.map((spec) => `${spec.label}列可写作${spec.aliases.join('/')}`).join('；')}`, {
    issues: missing.map((spec) => ({ path: 'file', message: `缺少“${spec.label}”列` })),
  });
}

function badFile(message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, { issues: [{ path: 'file', message }] });
}

async function* flatten(rows: AsyncIterable<unknown> | Iterable<unknown>): AsyncGenerator<SourceRow> {
  for await (const item of rows) {
    if (Array.isArray(item)) yield* item as SourceRow[];
    else yield item as SourceRow;
  }
}

/** Reads the first worksheet of an .xlsx at `path`; a refusal is a 400 naming what is wrong, in Chinese. */
export async function readMiitList(path: string): Promise<MiitList> {
  let source;
  try {
    source = await openXlsxRows(path);
  } catch (error) {
    // The Excel reader's refusals (damaged file, empty sheet) are the uploader's to fix: 400, its own words.
    if (error instanceof AppError && error.code === 'IMPORT_UNREADABLE') throw badFile(error.message);
    throw error;
  }
  const firstColumns = (cells: readonly string[]) => cells.slice(0, MAX_MIIT_LIST_COLUMNS);
  let header = firstColumns(source.header);
  let found = findColumns(header);
  let title: string | null = null;
  const rows: MiitListRow[] = [];
  const emptyNames: number[] = [];
  let searched = 0;
  let linesRead = 1;
  // The line most like a header, for the message when none has every required column.
  let closest = found;
  try {
    for await (const row of flatten(source.rows)) {
      linesRead += 1;
      if (linesRead > MAX_MIIT_LIST_LINES) throw badFile(`名单超过${MAX_MIIT_LIST_LINES}行（含空行）：请删去多余的空行，或检查是否选错了文件`);
      if (!isHeader(found)) {
        // Not a header yet: a single-text line is the list's title; give up after a few lines.
        const text = header.map((cell) => cell.trim()).filter(Boolean);
        if (text.length === 1 && title === null) title = cleanCell(text[0]);
        searched += 1;
        if (searched > HEADER_SEARCH_ROWS) break;
        header = firstColumns(row.cells);
        found = findColumns(header);
        if (found.size > closest.size) closest = found;
        continue;
      }
      const cells = firstColumns(row.cells).map((cell) => cleanCell(cell));
      if (cells.every((cell) => cell === '')) continue;
      const value = (column: Column) => {
        const index = found.get(column);
        return index === undefined ? '' : (cells[index] ?? '');
      };
      if (rows.length >= MAX_NATIONAL_LIST_ROWS) throw badFile(`名单超过${MAX_NATIONAL_LIST_ROWS}行：请检查是否选错了文件`);
      const name = value('name');
      if (name === '') emptyNames.push(row.rowNumber);
      rows.push({
        rowNumber: row.rowNumber,
        name,
        operatorName: value('operatorName'),
        creditCode: value('creditCode'),
        carrierText: value('carrierText') || null,
        cityText: value('cityText') || null,
        batchText: value('batchText') || null,
      });
    }
  } catch (error) {
    if (error instanceof AppError && error.code === 'IMPORT_UNREADABLE') throw badFile(error.message);
    throw error;
  }
  if (!isHeader(found)) throw missingColumns(closest);
  if (emptyNames.length > 0) {
    const shown = emptyNames.slice(0, 10).join('、');
    throw badFile(`第${shown}${emptyNames.length > 10 ? '等' : ''}行的“平台名称”为空：请补全后重新上传`);
  }
  if (rows.length === 0) throw badFile('名单中没有数据行：请检查是否选错了文件');
  return { title, rows };
}
