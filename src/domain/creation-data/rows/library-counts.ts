// 资源库数据量 (Attachment 1, 数字化智能化建设情况): the dated size of each of the four libraries. Creation needs the
// four libraries and policy push; certification compares their growth over the creation period (≥5%), so each
// count is kept with its date and a later report for the same library and date supersedes the earlier one.
import { MISSING, readDate, readInteger, readYesNo, type CellResult } from '../cells';
import type { DatasetColumn, DatasetRowSchema } from '../row-schema';
import type { PlainDate } from '../../shared/plain-date';
import { readRow, YES_NO_CHOICES } from './row-reader';

export const LIBRARIES = ['sme', 'policy', 'organisation', 'product'] as const;
export type Library = (typeof LIBRARIES)[number];
/** Attachment 1, 数字化智能化建设情况, as it names them. */
export const LIBRARY_LABELS: Record<Library, string> = {
  sme: '中小企业库',
  policy: '法律政策库',
  organisation: '服务机构库',
  product: '服务产品案例库',
};

/** The names Art. 5 and common usage give the same libraries (5. …政策法规库、服务产品和案例库). */
const LIBRARY_ALIASES: Record<string, Library> = {
  政策库: 'policy',
  政策法规库: 'policy',
  产品库: 'product',
  案例库: 'product',
  产品案例库: 'product',
  '产品（案例）库': 'product',
  '产品(案例)库': 'product',
  服务产品和案例库: 'product',
};

export function readLibrary(raw: string): CellResult<Library> {
  const value = raw.trim();
  if (value === '') return { ok: false, reason: MISSING };
  for (const library of LIBRARIES) if (value === LIBRARY_LABELS[library] || value === library) return { ok: true, value: library };
  const alias = LIBRARY_ALIASES[value];
  if (alias) return { ok: true, value: alias };
  return { ok: false, reason: `应为${LIBRARIES.map((l) => `“${LIBRARY_LABELS[l]}”`).join('、')}之一，而不是“${value}”` };
}

export interface LibraryCountRow {
  library: Library;
  asOf: PlainDate;
  count: number;
  /** 法律政策库 only: whether policy push works on that day; null for the other libraries. */
  hasPolicyPush: boolean | null;
}

/** The database column is a 32-bit integer. */
export const MAX_LIBRARY_COUNT = 2_000_000_000;

export const LIBRARY_COUNT_COLUMNS = [
  { key: 'library', header: '资源库', isRequired: true, example: '法律政策库', hint: '中小企业库、法律政策库、服务机构库或服务产品案例库', choices: () => Object.values(LIBRARY_LABELS) },
  { key: 'asOf', header: '统计日期', isRequired: true, example: '2026-06-30', hint: 'YYYY-MM-DD，不晚于今天' },
  { key: 'count', header: '数据量', isRequired: true, example: '1520', hint: '该日库中的条目数，0或正整数' },
  { key: 'hasPolicyPush', header: '政策推送', isRequired: false, example: '是', hint: '仅法律政策库填写：是或否（是否具备政策推送能力）', choices: () => YES_NO_CHOICES },
] as const satisfies readonly DatasetColumn[];

type LibraryCountKey = (typeof LIBRARY_COUNT_COLUMNS)[number]['key'];

/** A stored row written back as the cells of the template (what a form shows and corrects). */
export function libraryCountCells(row: LibraryCountRow): Record<LibraryCountKey, string> {
  return {
    library: LIBRARY_LABELS[row.library],
    asOf: row.asOf,
    count: String(row.count),
    hasPolicyPush: row.hasPolicyPush === null ? '' : row.hasPolicyPush ? '是' : '否',
  };
}

export const LIBRARY_COUNTS_SCHEMA: DatasetRowSchema<LibraryCountRow> = {
  dataset: 'libraryCounts',
  columns: LIBRARY_COUNT_COLUMNS,
  parseRow(cells, context) {
    const row = readRow<LibraryCountKey>(LIBRARY_COUNT_COLUMNS, cells);
    const library = row.read('library', readLibrary);
    const asOf = row.read('asOf', (raw) => readDate(raw, { notAfter: context.today }));
    const count = row.read('count', (raw) => readInteger(raw, { min: 0, max: MAX_LIBRARY_COUNT }));
    let hasPolicyPush: boolean | null = null;
    if (library === 'policy') hasPolicyPush = row.read('hasPolicyPush', readYesNo) ?? null;
    else if (library && !row.isBlank('hasPolicyPush')) row.reject('hasPolicyPush', '仅法律政策库填写政策推送');
    return row.finish(() => ({ library: library!, asOf: asOf!, count: count!, hasPolicyPush }));
  },
};
