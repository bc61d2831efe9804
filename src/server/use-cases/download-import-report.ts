// The Excel error report of one import (row, column, value, reason), for whoever may read the creation object's data.
import type { Readable } from 'node:stream';
import { dataImportsRepository } from '../../db/repositories/data-imports.repository';
import { filesRepository } from '../../db/repositories/files.repository';
import { DATASETS, isDatasetKey } from '../../domain/creation-data/datasets';
import { AppError } from '../../domain/shared/app-error';
import { XLSX_TYPE } from '../documents/xlsx-workbook';
import { shanghaiDateOf } from '../clock';
import { openContentStream } from '../storage/file-storage';
import type { Deps, RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';

export interface ReportDownload {
  stream: Readable;
  sizeBytes: number;
  mediaType: string;
  fileName: string;
}

export async function downloadImportReport(deps: Deps, ctx: RequestContext, id: string, importId: string): Promise<ReportDownload> {
  const { application } = await loadCreationObject(deps, ctx, id);
  const row = await dataImportsRepository.findById(deps.db, application.id, importId);
  if (!row) throw new AppError('NOT_FOUND', '未找到该导入记录');
  if (!row.errorReportFileId) throw new AppError('NOT_FOUND', '这次导入没有被拒绝的行，没有错误报告');
  const file = await filesRepository.findById(deps.db, row.errorReportFileId);
  if (!file) throw new AppError('NOT_FOUND', '错误报告文件不存在');
  const label = isDatasetKey(row.dataset) ? DATASETS[row.dataset].label : row.dataset;
  return {
    stream: openContentStream(deps.dataDir, file.sha256),
    sizeBytes: file.sizeBytes,
    mediaType: XLSX_TYPE,
    fileName: `${label}导入错误报告-${shanghaiDateOf(row.createdAt)}.xlsx`,
  };
}
