// Import uploads for integration tests: CSV text and .xlsx workbooks of service records, sent as multipart bodies.
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { TestApp } from './test-app';

export const RECORD_HEADER = ['记录编号', '统一社会信用代码*', '企业名称*', '服务地区代码*', '服务事项*', '服务日期*', '服务方式*', '满意度评价'];
/** Valid published codes (credit-code tests). */
export const CODES = ['914403001922038216', '9144030071526726XG', '91350100M000100Y43', '91110000100010433L'];

export function csvOf(rows: readonly (readonly string[])[], withBom = true): Buffer {
  const text = rows.map((row) => row.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')).join('\r\n');
  return Buffer.from(`${withBom ? '\uFEFF' : ''}${text}\r\n`, 'utf8');
}

export async function xlsxOf(rows: readonly (readonly (string | number | Date)[])[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('服务记录');
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function uploadBody(name: string, bytes: Buffer, field = 'file') {
  const boundary = `----shifan${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-requested-with': 'shifan' } };
}

export function importApi(t: TestApp) {
  return {
    upload(id: string, cookie: string, name: string, bytes: Buffer, dataset = 'serviceRecords') {
      const body = uploadBody(name, bytes);
      return t.app.inject({ method: 'POST', url: `/api/creation-objects/${id}/datasets/${dataset}/imports`, headers: { ...body.headers, cookie }, payload: body.payload });
    },
    get(url: string, cookie: string) {
      return t.app.inject({ method: 'GET', url, headers: { cookie } });
    },
  };
}

/** Every row of the first sheet as text (the error report as a person reads it). */
export async function readSheet(bytes: Buffer, sheetIndex = 0): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[sheetIndex];
  if (!sheet) throw new Error('no such sheet');
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c += 1) {
      const value = row.getCell(c).value;
      cells.push(value === null || value === undefined ? '' : String(value));
    }
    rows.push(cells);
  });
  return rows;
}
