// The import templates of a dataset (F4 item 2(a)), built from its row schema so every dataset gets them for free:
// an .xlsx with the Chinese headers (* = required), a note with each column's hint, one example row and text-formatted
// cells (codes keep their leading digits), a 填写说明 sheet with the rules and allowed values, and a sheet per code
// list; and a .csv (UTF-8 with BOM, so Excel shows the Chinese) with the header and the example row.
import ExcelJS from 'exceljs';
import type { DatasetColumn, DatasetRowSchema, RowContext } from '../../domain/creation-data/row-schema';
import { MAX_IMPORT_FILE_BYTES } from '../../contracts/data-imports';
import { exampleOf } from './import-tally';

function headerOf(column: DatasetColumn): string {
  return `${column.header}${column.isRequired ? '*' : ''}`;
}

function widthOf(column: DatasetColumn, example: string): number {
  const visual = (text: string): number => [...text].reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);
  return Math.min(60, Math.max(12, visual(headerOf(column)) + 4, visual(example) + 2));
}

function instructions(label: string, columns: readonly DatasetColumn[], context: RowContext): (string | null)[][] {
  return [
    [`${label}导入模板填写说明`],
    ['1. 第一行为列名，请勿修改或删除；列的顺序可以调整，带*的列为必填。'],
    ['2. 从第二行起每行一条记录。模板中的示例行导入时会自动跳过，也可以删除。'],
    ['3. 日期写成YYYY-MM-DD（如2026-03-05），不能晚于导入当天。'],
    ['4. 有问题的行不会导入，其余行照常导入；导入后可下载错误报告，修改后重新导入，已导入的记录不会重复计算。'],
    [`5. 可以上传本模板（.xlsx），也可以另存为CSV（UTF-8或GBK编码）后上传；单个文件不超过${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB。`],
    [],
    ['列名', '是否必填', '填写要求', '可填写的值'],
    ...columns.map((column) => [column.header, column.isRequired ? '必填' : '选填', column.hint, (column.choices?.(context) ?? []).join('、') || null]),
  ];
}

export async function buildTemplateXlsx(label: string, schema: DatasetRowSchema<unknown>, context: RowContext): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Shifan';
  const sheet = workbook.addWorksheet(label.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  const examples = schema.columns.map((column) => exampleOf(column, context));
  sheet.columns = schema.columns.map((column, index) => ({ width: widthOf(column, examples[index]!), style: { numFmt: '@' } }));
  const header = sheet.addRow(schema.columns.map(headerOf));
  header.font = { bold: true };
  schema.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.note = column.hint;
    if (column.isRequired) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  });
  sheet.addRow(examples).font = { color: { argb: 'FF808080' } };

  const guide = workbook.addWorksheet('填写说明');
  guide.columns = [{ width: 26 }, { width: 10 }, { width: 60 }, { width: 60 }];
  for (const row of instructions(label, schema.columns, context)) guide.addRow(row);
  guide.getRow(1).font = { bold: true };
  guide.getRow(8).font = { bold: true };
  guide.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true };
  });

  for (const column of schema.columns) {
    if (!column.codeList) continue;
    const codes = workbook.addWorksheet(column.header.slice(0, 31));
    codes.columns = [{ width: 14, style: { numFmt: '@' } }, { width: 30 }];
    codes.addRow(['代码', '名称']).font = { bold: true };
    for (const entry of column.codeList()) codes.addRow([entry.code, entry.name]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function buildTemplateCsv(schema: DatasetRowSchema<unknown>, context: RowContext): Buffer {
  const lines = [schema.columns.map(headerOf), schema.columns.map((column) => exampleOf(column, context))].map((row) => row.map(csvField).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
