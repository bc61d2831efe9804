// 数据导入 (F4 item 2): the answer of an import (Excel/CSV upload, JSON push or form correction) and the import history.
import { z } from 'zod';
import type { DatasetKey } from '../domain/creation-data/datasets';
import { zUuid } from './fields';

/** The largest upload an import takes (the web checks it before sending; the server refuses more while streaming). */
export const MAX_IMPORT_FILE_BYTES = 200 * 1024 * 1024;

/** Any text: a dataset that does not exist (or is not registered for import) is a 404 with its name. */
export const zDatasetParams = z.strictObject({
  id: zUuid('创建对象编号'),
  dataset: z.string().min(1, '请指定数据集').max(40, '数据集名称过长'),
});
export const zImportReportParams = z.strictObject({ id: zUuid('创建对象编号'), importId: zUuid('导入编号') });

/** One rejected cell: the row number as the user sees it in the file (header = row 1), the column and the reason. */
export interface ImportProblem {
  row: number;
  column: string;
  value: string;
  reason: string;
}

export interface ImportResult {
  importId: string;
  totalRows: number;
  /** Rows stored by this import. */
  acceptedRows: number;
  /** Valid rows already stored by an earlier import (or repeated within this one): not counted twice. */
  duplicateRows: number;
  rejectedRows: number;
  /** An Excel error report (row, column, value, reason) can be downloaded. */
  hasErrorReport: boolean;
  /** The first 20 problems, in file order. */
  problemsPreview: ImportProblem[];
}

export type ImportSource = 'file' | 'api' | 'form';

export interface ImportHistoryEntry {
  id: string;
  dataset: DatasetKey;
  datasetLabel: string;
  source: ImportSource;
  fileName: string | null;
  totalRows: number;
  acceptedRows: number;
  duplicateRows: number;
  rejectedRows: number;
  rejectedByColumn: Record<string, number>;
  hasErrorReport: boolean;
  createdByName: string | null;
  createdAt: string;
}

export interface ImportHistory {
  imports: ImportHistoryEntry[];
}
