// The downloadable Excel error report of an import (F4 item 2(a)): one line per rejected cell — row number as the
// user sees it in the file, column header, what was written, the reason in Chinese. Streamed to a temporary file
// with exceljs' WorkbookWriter (each row committed as it is written), so a million bad rows never sit in memory.
import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { ImportProblem } from '../../contracts/data-imports';

/** Excel's sheet holds 1,048,576 rows; the report lists this many problems and says how many more there were. */
export const MAX_REPORTED_PROBLEMS = 1_000_000;

const COLUMNS = [
  { header: '行号', key: 'row', width: 10 },
  { header: '列名', key: 'column', width: 24 },
  { header: '填写内容', key: 'value', width: 36 },
  { header: '问题原因', key: 'reason', width: 70 },
];

/** XML 1.0 has no control characters but tab, line feed and carriage return (nor U+FFFE, U+FFFF). */
function isXmlForbidden(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff;
}

/** What was written, as the workbook can hold it: a character XML cannot (NUL among them) shown as U+FFFD. */
export function reportText(text: string): string {
  let result = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    result += isXmlForbidden(code) ? '\ufffd' : text[i];
  }
  return result;
}

export interface ErrorReport {
  add(problem: ImportProblem): void;
  /** Closes the workbook; the file's path, or null when nothing was added. */
  finish(): Promise<string | null>;
  /** Removes the temporary file (call in `finally`). */
  discard(): Promise<void>;
}

export async function openErrorReport(dataDir: string, title: string): Promise<ErrorReport> {
  const folder = path.join(dataDir, 'tmp');
  await mkdir(folder, { recursive: true });
  const filename = path.join(folder, `import-errors-${randomUUID()}.xlsx`);
  let workbook: ExcelJS.stream.xlsx.WorkbookWriter | undefined;
  let sheet: ExcelJS.Worksheet | undefined;
  let count = 0;

  const start = (): ExcelJS.Worksheet => {
    workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename, useStyles: true, useSharedStrings: false });
    workbook.creator = 'Shifan';
    const created = workbook.addWorksheet('错误明细', { views: [{ state: 'frozen', ySplit: 2 }] });
    created.columns = COLUMNS.map((column) => ({ key: column.key, width: column.width }));
    const caption = created.addRow([title]);
    caption.font = { bold: true };
    caption.commit();
    const header = created.addRow(COLUMNS.map((column) => column.header));
    header.font = { bold: true };
    header.commit();
    return created;
  };

  return {
    add(problem) {
      count += 1;
      if (count > MAX_REPORTED_PROBLEMS) return;
      sheet ??= start();
      sheet.addRow([problem.row, problem.column, reportText(problem.value.slice(0, 1000)), reportText(problem.reason)]).commit();
    },
    async finish() {
      if (!workbook || !sheet) return null;
      if (count > MAX_REPORTED_PROBLEMS) sheet.addRow([`另有${count - MAX_REPORTED_PROBLEMS}条问题未列出，请先修正以上问题后重新导入`]).commit();
      sheet.commit();
      await workbook.commit();
      return filename;
    },
    discard: () => rm(filename, { force: true }),
  };
}
