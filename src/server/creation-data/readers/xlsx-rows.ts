// An .xlsx upload as import rows: the first worksheet, streamed with exceljs' WorkbookReader (rows are parsed as the
// zip is inflated, so the sheet is never loaded whole). Cells become the text a person sees: dates YYYY-MM-DD,
// numbers without grouping, rich text joined, a formula's result.
import { createReadStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { AppError } from '../../../domain/shared/app-error';
import type { RowSource, SourceRow } from '../ingest';

const BATCH = 1000;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The text of one cell value as exceljs reads it. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  // exceljs gives a date cell as the UTC instant of its serial number: the calendar day is the UTC date.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === 'object') {
    const cell = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
    if (Array.isArray(cell.richText)) return cell.richText.map((part) => part.text).join('');
    if ('result' in cell) return cellText(cell.result);
    if (cell.text !== undefined) return cellText(cell.text);
    if (cell.error !== undefined) return String(cell.error);
  }
  return '';
}

function rowCells(values: unknown): string[] {
  // row.values is 1-based and sparse: index 0 is empty, a gap is an empty cell.
  const list = Array.isArray(values) ? values : [];
  const cells: string[] = [];
  for (let i = 1; i < list.length; i += 1) cells.push(cellText(list[i]));
  return cells;
}

function unreadable(): AppError {
  return new AppError('IMPORT_UNREADABLE', '无法读取该Excel文件：文件可能已损坏或不是.xlsx格式（旧版.xls请在Excel中另存为.xlsx）');
}

async function* sheetRows(path: string): AsyncGenerator<{ number: number; cells: string[] }> {
  const input = createReadStream(path);
  // sharedStrings 'cache' is the only mode in which exceljs gives cells their text ('emit' hands the strings out
  // separately, to be kept by the caller all the same; 'ignore' drops them). So a workbook's unique strings are held
  // while its first sheet is read: bounded by the upload cap, but a million distinct names cost ~100 MB, so a
  // million-row import is better sent as CSV (streamed with no such table).
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet) yield { number: row.number, cells: rowCells(row.values) };
      return;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadable();
  } finally {
    input.destroy();
  }
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * Reads the header row — the first row with content, so a title or blank lines above it do no harm to finding it —
 * at once; the data rows follow as the engine asks for them, numbered as Excel shows them.
 */
export async function openXlsxRows(path: string): Promise<RowSource> {
  const iterator = sheetRows(path);
  let first = await iterator.next();
  while (!first.done && isBlank(first.value.cells)) first = await iterator.next();
  if (first.done) {
    await iterator.return(undefined);
    throw new AppError('IMPORT_UNREADABLE', '工作簿的第一个工作表是空的：请在模板中填写数据后重新导入');
  }
  async function* rows(): AsyncGenerator<SourceRow[]> {
    let batch: SourceRow[] = [];
    for await (const row of { [Symbol.asyncIterator]: () => iterator }) {
      batch.push({ rowNumber: row.number, cells: row.cells });
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }
  return { header: first.value.cells, rows: rows() };
}
