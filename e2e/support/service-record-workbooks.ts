// Workbooks for the data-import journey, written and read with exceljs the way an operator's spreadsheet program
// would: the 服务记录 template's headers, 30 good rows and 3 bad ones (a wrong check character, 2026-02-30, a
// satisfaction of 7), then the same 33 rows with the 3 fixed; and a CSV of the same rows.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { creditCodeCheckCharacter } from '../../src/domain/credit-code/credit-code';

const dir = mkdtempSync(path.join(tmpdir(), 'data-import-'));

export type Cell = string | number | Date;

/** Every row of the first sheet as text, the way a person reads it (dates as YYYY-MM-DD). */
export async function readFirstSheet(file: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error(`${file} has no worksheet`);
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c += 1) cells.push(textOf(row.getCell(c).value));
    rows.push(cells);
  });
  return rows;
}

function textOf(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return String(value.result ?? '');
  }
  return String(value);
}

export async function writeWorkbook(name: string, header: readonly string[], rows: readonly (readonly Cell[])[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('服务记录');
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow([...row]);
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

/** The same rows as a UTF-8 CSV (with the BOM Excel writes), dates as YYYY-MM-DD. */
export function writeCsv(name: string, header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const text = (cell: Cell) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell));
  const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = [header, ...rows.map((row) => row.map(text))].map((row) => row.map(field).join(','));
  const file = path.join(dir, name);
  writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
  return file;
}

/** A valid enterprise credit code (登记管理部门 9, 企业 1) registered in the given 广州 district. */
export function enterpriseCode(district: string, serial: string): string {
  const first17 = `91${district}${serial}`;
  return first17 + creditCodeCheckCharacter(first17);
}

const DISTRICTS = ['440103', '440104', '440105', '440106', '440111', '440112', '440113', '440114', '440115', '440117', '440118'];
const ITEMS = ['创业指导', '管理咨询', '人才培训', '投融资', '法律与合规', '市场拓展'];

export interface ServiceRecord {
  creditCode: string;
  name: string;
  division: string;
  item: string;
  date: Cell;
  channel: string;
  satisfaction: Cell;
}

/**
 * 33 services to 33 different enterprises in the first year of a creation period that starts on 2023-06-12.
 * Dates are a mix of real date cells and typed text, as spreadsheets in the wild are.
 */
/** `tag`: four digits that make this run's credit codes its own. */
export function serviceRecords(tag: string): ServiceRecord[] {
  return Array.from({ length: 33 }, (_, i) => {
    const month = 7 + (i % 6);
    const day = 1 + i;
    const division = DISTRICTS[i % DISTRICTS.length] as string;
    return {
      creditCode: enterpriseCode(division, `MA${tag}${String(i).padStart(3, '0')}`),
      name: `广州市样本${i + 1}号科技有限公司`,
      division,
      item: ITEMS[i % ITEMS.length] as string,
      date: i % 2 === 0 ? new Date(Date.UTC(2023, month - 1, day % 28 || 1)) : `2023-${String(month).padStart(2, '0')}-${String(day % 28 || 1).padStart(2, '0')}`,
      channel: i % 3 === 0 ? '线下' : '线上',
      satisfaction: i % 5 === 0 ? '满意' : 5 - (i % 2),
    };
  });
}

/** A template header without its required mark: “服务日期*” → “服务日期”. */
export function plainHeader(header: string): string {
  return header.replace(/\*$/, '');
}

export function asCells(record: ServiceRecord, header: readonly string[]): Cell[] {
  const byHeader: Record<string, Cell> = {
    统一社会信用代码: record.creditCode,
    企业名称: record.name,
    服务地区代码: record.division,
    服务事项: record.item,
    服务日期: record.date,
    服务方式: record.channel,
    满意度评价: record.satisfaction,
  };
  return header.map((h) => byHeader[plainHeader(h)] ?? '');
}

/** The same record with a wrong check character (the last one moved on by one in the alphabet). */
export function withWrongCheckCharacter(code: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const last = alphabet.indexOf(code.charAt(17));
  return code.slice(0, 17) + alphabet.charAt((last + 1) % alphabet.length);
}
