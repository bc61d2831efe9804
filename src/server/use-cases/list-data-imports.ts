// 导入记录: every import of a creation object (files, pushes, form corrections), newest first.
import type { ImportHistory, ImportSource } from '../../contracts/data-imports';
import { dataImportsRepository } from '../../db/repositories/data-imports.repository';
import { DATASETS, isDatasetKey } from '../../domain/creation-data/datasets';
import type { Deps, RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';

export async function listDataImports(deps: Deps, ctx: RequestContext, id: string): Promise<ImportHistory> {
  const { application } = await loadCreationObject(deps, ctx, id);
  const rows = await dataImportsRepository.listByApplication(deps.db, application.id);
  return {
    imports: rows.flatMap(({ import: row, createdByName }) =>
      isDatasetKey(row.dataset)
        ? [
            {
              id: row.id,
              dataset: row.dataset,
              datasetLabel: DATASETS[row.dataset].label,
              source: row.source as ImportSource,
              fileName: row.fileName,
              totalRows: row.totalRows,
              acceptedRows: row.acceptedRows,
              duplicateRows: row.duplicateRows,
              rejectedRows: row.rejectedRows,
              rejectedByColumn: row.rejectedByColumn,
              hasErrorReport: row.errorReportFileId !== null,
              createdByName,
              createdAt: row.createdAt.toISOString(),
            },
          ]
        : [],
    ),
  };
}
