// Reads the cells of one row of a small dataset by column key, collecting every problem of the row at once so the
// error report (and the form) names all wrong fields, not only the first.
import type { CellResult } from '../cells';
import type { CellProblem, DatasetColumn, RowOutcome } from '../row-schema';

/** The choices of a 是/否 column, for the template's lists and the form's select. */
export const YES_NO_CHOICES: readonly string[] = ['是', '否'];

export interface RowReader<K extends string> {
  /** The cell as written, '' when the column is absent or empty. */
  raw(key: K): string;
  isBlank(key: K): boolean;
  /** The value, or undefined after recording the problem. */
  read<T>(key: K, reader: (raw: string) => CellResult<T>): T | undefined;
  reject(key: K, reason: string): void;
  /** The row when no cell had a problem; `build` runs only then, so it may assume every read succeeded. */
  finish<T>(build: () => T): RowOutcome<T>;
}

export function readRow<K extends string>(columns: readonly DatasetColumn[], cells: readonly string[]): RowReader<K> {
  const problems: CellProblem[] = [];
  const indexOf = (key: K): number => columns.findIndex((column) => column.key === key);
  const raw = (key: K): string => cells[indexOf(key)] ?? '';
  const reject = (key: K, reason: string): void => {
    problems.push({ column: columns[indexOf(key)]?.header ?? key, value: raw(key).trim(), reason });
  };
  return {
    raw,
    isBlank: (key) => raw(key).trim() === '',
    read(key, reader) {
      const result = reader(raw(key));
      if (result.ok) return result.value;
      reject(key, result.reason);
      return undefined;
    },
    reject,
    finish: (build) => (problems.length ? { ok: false, problems } : { ok: true, row: build() }),
  };
}
