// The one .xlsx builder (exceljs) for every export: per sheet, optional heading lines — what the rows are, the
// filters applied, the date the data stand at (F8 exports: "with the current filters") — then, after a blank line,
// the bold Chinese header row (frozen) and the rows, top-aligned and wrapped in their column widths.
import ExcelJS from 'exceljs';

export interface SheetColumn {
  header: string;
  key: string;
  width?: number;
}

export interface SheetSpec {
  name: string;
  columns: SheetColumn[];
  rows: Record<string, string | number | null>[];
  /** Lines above the table, the first in bold; a blank line separates them from the header row. */
  heading?: readonly string[];
}

const WRAPPED: Partial<ExcelJS.Alignment> = { vertical: 'top', wrapText: true };

export async function buildWorkbook(sheets: readonly SheetSpec[], creator = 'Shifan'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  for (const spec of sheets) {
    const heading = spec.heading ?? [];
    const headerRow = heading.length > 0 ? heading.length + 2 : 1;
    const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: headerRow }] });
    // Heading lines are not wrapped: each runs on across the empty cells to its right (wrapped in column A's
    // width it would be unreadable).
    heading.forEach((line, index) => {
      const cell = sheet.getCell(index + 1, 1);
      cell.value = line;
      if (index === 0) cell.font = { bold: true };
    });
    spec.columns.forEach((column, index) => {
      sheet.getColumn(index + 1).width = column.width ?? 16;
    });
    const header = sheet.getRow(headerRow);
    spec.columns.forEach((column, index) => {
      header.getCell(index + 1).value = column.header;
    });
    header.font = { bold: true };
    header.alignment = WRAPPED;
    for (const row of spec.rows) sheet.addRow(spec.columns.map((column) => row[column.key] ?? null)).alignment = WRAPPED;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface XlsxDownload {
  fileName: string;
  asciiFileName: string;
  buffer: Buffer;
}
