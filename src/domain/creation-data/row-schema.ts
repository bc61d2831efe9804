// How one dataset's rows are read, whatever the way in (Excel/CSV template, JSON push, form): the columns with their
// Chinese headers and an example, and a pure function from the cells of one row to a value or the problems found.
import type { PlainDate } from '../shared/plain-date';
import type { DatasetKey } from './datasets';

export interface DatasetColumn {
  /** The JSON field name of the push API. */
  key: string;
  /** The Chinese column header of the template. */
  header: string;
  isRequired: boolean;
  /** The value of the template's example row. */
  example: string;
  /** What to write, shown under the header in the template. */
  hint: string;
  /** The closed list of values a cell may take, listed on the template's 填写说明 sheet. */
  choices?: (context: RowContext) => readonly string[];
  /** Codes a cell may take, with their names: too many for 填写说明, so the template gives them a sheet of their own. */
  codeList?: () => readonly { code: string; name: string }[];
}

export interface CellProblem {
  /** The column header, as the template writes it. */
  column: string;
  value: string;
  reason: string;
}

export interface RowContext {
  /** Today in Asia/Shanghai: nothing reported may have happened after it. */
  today: PlainDate;
  /** The service items of the platform's kind (DESIGN §4); empty for bases. */
  serviceItems: readonly string[];
  /** 综合服务平台 / 专业服务平台, named in the reason when a service item is not one of the kind's. */
  platformKindLabel?: string;
}

export type RowOutcome<T> = { ok: true; row: T } | { ok: false; problems: CellProblem[] };

export interface DatasetRowSchema<T> {
  dataset: DatasetKey;
  columns: readonly DatasetColumn[];
  /** `cells[i]` is the text of `columns[i]` ('' when empty). */
  parseRow(cells: readonly string[], context: RowContext): RowOutcome<T>;
}

/** `indexes[i]` is where `columns[i]` is in the header row, -1 for an optional column left out. */
export type HeaderMatch = { ok: true; indexes: number[] } | { ok: false; missing: string[] };

/**
 * Finds each column of the schema in a header row (order free, surrounding spaces and a trailing * ignored). A
 * required column that is not there makes the whole file unreadable (nothing is imported).
 */
export function matchHeaders(header: readonly string[], columns: readonly DatasetColumn[]): HeaderMatch {
  const normalised = header.map((h) => h.replace(/^\uFEFF/, '').trim().replace(/[*＊]$/, '').trim());
  const indexes: number[] = [];
  const missing: string[] = [];
  for (const column of columns) {
    const index = normalised.indexOf(column.header);
    if (index < 0 && column.isRequired) missing.push(column.header);
    indexes.push(index);
  }
  return missing.length ? { ok: false, missing } : { ok: true, indexes };
}
