// JSON items (push API, forms) as import rows: each item is an object keyed by the schema's column keys (the
// `key` of DatasetColumn), turned into the same text cells a file gives, so every way in is checked by one schema.
import type { DatasetColumn } from '../../domain/creation-data/row-schema';
import type { RowSource } from './ingest';

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  // A JSON true/false means 是/否, the way the template's yes/no columns are written.
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return value.map(cellText).join('、');
  return JSON.stringify(value);
}

/** Row numbers are the items' positions, from 1; a key missing from an item is an empty cell. */
export function rowsFromObjects(columns: readonly DatasetColumn[], items: readonly Record<string, unknown>[]): RowSource {
  return {
    header: columns.map((column) => column.header),
    rows: items.map((item, index) => ({ rowNumber: index + 1, cells: columns.map((column) => cellText(item[column.key])) })),
  };
}
