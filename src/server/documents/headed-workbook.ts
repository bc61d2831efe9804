// A .xlsx (exceljs) whose sheets start with a few heading lines — what the rows are, the filters applied, the date
// the data stand at — then a blank line, the bold Chinese header row and the rows (F8 exports: "with the current
// filters"). The plain sheets of xlsx-workbook.ts stay as they are; the column spec is the same.
import ExcelJS from 'exceljs';
import type { SheetSpec } from './xlsx-workbook';

export interface HeadedSheetSpec extends SheetSpec {
  heading: readonly string[];
}

export async function buildHeadedWorkbook(sheets: readonly HeadedSheetSpec[], creator = 'Shifan'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  for (const spec of sheets) {
    const headerRow = spec.heading.length + 2;
    const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: headerRow }] });
    spec.columns.forEach((column, index) => {
      sheet.getColumn(index + 1).width = column.width ?? 16;
    });
    spec.heading.forEach((line, index) => {
      sheet.getCell(index + 1, 1).value = line;
      if (index === 0) sheet.getCell(index + 1, 1).font = { bold: true };
    });
    const header = sheet.getRow(headerRow);
    spec.columns.forEach((column, index) => {
      header.getCell(index + 1).value = column.header;
    });
    header.font = { bold: true };
    for (const row of spec.rows) sheet.addRow(spec.columns.map((column) => row[column.key] ?? null));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
