// The words of the 数据导入 tab (F4 item 2(a)): what an import did, where it came from, and why a file was refused
// before or by the server. Pure, so the wording is tested once rather than read off the screen.
import type { ImportResult, ImportSource } from '../../../../src/contracts/data-imports';
import type { ApiError } from '../../lib/api';

export type ImportCounts = Pick<ImportResult, 'totalRows' | 'acceptedRows' | 'duplicateRows' | 'rejectedRows'>;

/** "共33行，导入30行，重复0行（已导入过，不重复计算），未通过3行". */
export function importSummary(counts: ImportCounts): string {
  return `共${counts.totalRows}行，导入${counts.acceptedRows}行，重复${counts.duplicateRows}行（已导入过，不重复计算），未通过${counts.rejectedRows}行`;
}

export const SOURCE_LABELS: Readonly<Record<ImportSource, string>> = { file: '文件', api: '接口', form: '表单' };

/** The file types the templates come in; anything else is refused before it is sent. */
export const IMPORT_FILE_ACCEPT = '.xlsx,.csv';

const TYPE_HINT = '请上传从本页下载的模板填写的Excel（.xlsx）或CSV（.csv）文件';

/** Why a chosen file is not sent at all, or null when it may go. `maxBytes` is the server's upload limit. */
export function findFileProblem(file: { name: string; size: number }, maxBytes: number): string | null {
  if (!/\.(xlsx|csv)$/i.test(file.name)) return `文件“${file.name}”不是Excel（.xlsx）或CSV（.csv）文件。${TYPE_HINT}`;
  if (file.size === 0) return `文件“${file.name}”是空文件，没有可导入的数据`;
  if (file.size > maxBytes) return `文件“${file.name}”有${formatBytes(file.size)}，超过了单个文件${formatBytes(maxBytes)}的上限，请拆分为多个文件分别导入`;
  return null;
}

export interface UploadFailure {
  title: string;
  /** The server's reasons (its message, then each issue), in Chinese. */
  details: string[];
}

/** What the person reads when the server refused the file: nothing of a refused file is imported. */
export function describeUploadFailure(error: ApiError, fileName: string): UploadFailure {
  const reasons = [error.message, ...error.issues.map((issue) => issue.message)].filter((text, i, all) => text !== '' && all.indexOf(text) === i);
  if (error.status === 0) {
    return { title: `文件“${fileName}”未能上传完成`, details: [error.message, '请检查网络后重新上传；如已上传完成，请刷新导入记录确认结果'] };
  }
  if (error.status === 413) return { title: `文件“${fileName}”过大，未导入任何数据`, details: [...reasons, '请拆分为多个文件分别导入'] };
  if (error.status === 415) return { title: `文件“${fileName}”的类型不受支持，未导入任何数据`, details: [...reasons, TYPE_HINT] };
  if (error.status === 422) return { title: `文件“${fileName}”无法按模板读取，未导入任何数据`, details: reasons };
  return { title: `文件“${fileName}”导入失败，未导入任何数据`, details: reasons };
}

/** "1.5 MB", "200 MB", "2 GB". */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : Number(value.toFixed(1))} ${units[unit]}`;
}

/** The history newest first, whatever order it came in; imports of the same instant keep their order. */
export function newestFirst<T extends { createdAt: string }>(entries: readonly T[]): T[] {
  return entries
    .map((entry, index) => ({ entry, index, at: Date.parse(entry.createdAt) }))
    .sort((a, b) => b.at - a.at || a.index - b.index)
    .map(({ entry }) => entry);
}
