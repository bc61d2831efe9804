// Test support: the cells of one row from a {key: text} map, and a schema's answer reduced to what tests compare.
import type { DatasetColumn, DatasetRowSchema, RowContext } from '../row-schema';

export const CONTEXT: RowContext = { today: '2026-06-30', serviceItems: [] };

export function cellsOf(columns: readonly DatasetColumn[], values: Record<string, string>): string[] {
  return columns.map((column) => values[column.key] ?? '');
}

/** The row, or the problems as "header: reason" lines. */
export function parse<T>(schema: DatasetRowSchema<T>, values: Record<string, string>, context: RowContext = CONTEXT): T | string[] {
  const outcome = schema.parseRow(cellsOf(schema.columns, values), context);
  return outcome.ok ? outcome.row : outcome.problems.map((p) => `${p.column}: ${p.reason}`);
}

/** The example row of the template, as a {key: text} map: every schema must accept its own example. */
export function exampleOf(columns: readonly DatasetColumn[]): Record<string, string> {
  return Object.fromEntries(columns.map((column) => [column.key, column.example]));
}
