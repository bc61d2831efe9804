// A plain .xlsx (exceljs) from sheets of rows: Chinese headers in bold, frozen header row, column widths.
// The review exports build their sheets with this and send the buffer as a download.
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
}

export async function buildWorkbook(sheets: readonly SheetSpec[], creator = 'Shifan'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = spec.columns.map((column) => ({ header: column.header, key: column.key, width: column.width ?? 16 }));
    sheet.getRow(1).font = { bold: true };
    for (const row of spec.rows) sheet.addRow(row);
    sheet.eachRow((row) => {
      row.alignment = { vertical: 'top', wrapText: true };
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface XlsxDownload {
  fileName: string;
  asciiFileName: string;
  buffer: Buffer;
}
