// 表单更正 (F4 item 2(c)): one row of any dataset entered in a form goes through the same row schema and the same
// import engine as a file or a push (source 'form'), so a correction is a new row that supersedes (DESIGN §5). A
// form shows its mistakes field by field and stores nothing, so the row is checked here first: a rejected row
// answers 400 with one issue per field instead of an import with an error report.
import type { DatasetRecordRequest, DatasetRecordResult } from '../../contracts/data-corrections';
import type { DatasetKey } from '../../domain/creation-data/datasets';
import type { DatasetColumn } from '../../domain/creation-data/row-schema';
import { formIssuesOf } from '../../domain/creation-data/rows/form-issues';
import { AppError } from '../../domain/shared/app-error';
import { requireCollectingData, requireDatasetOfCarrier, rowContextOf } from '../creation-data/collection-context';
import { getDatasetHandler } from '../creation-data/dataset-handlers';
import { ingest, type SourceRow } from '../creation-data/ingest';
import { rowsFromObjects } from '../creation-data/object-rows';
import type { Deps, RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';

function refuseUnknownCells(columns: readonly DatasetColumn[], cells: Record<string, unknown>): void {
  const unknown = Object.keys(cells).filter((key) => !columns.some((column) => column.key === key));
  if (unknown.length === 0) return;
  throw new AppError('VALIDATION_FAILED', `不接受的字段：${unknown.join('、')}`, {
    issues: unknown.map((key) => ({ path: `cells.${key}`, message: `不接受的字段：${key}` })),
  });
}

export async function recordDatasetRow(
  deps: Deps,
  ctx: RequestContext,
  params: { id: string; dataset: DatasetKey },
  input: DatasetRecordRequest,
): Promise<DatasetRecordResult> {
  const { application } = await loadCreationObject(deps, ctx, params.id, { action: 'creationData.write' });
  requireDatasetOfCarrier(application, params.dataset);
  requireCollectingData(application);
  const { schema } = getDatasetHandler(params.dataset);
  refuseUnknownCells(schema.columns, input.cells);
  const source = rowsFromObjects(schema.columns, [input.cells]);
  const [row] = source.rows as readonly SourceRow[];
  const outcome = schema.parseRow(row?.cells ?? [], rowContextOf(application, deps.clock.today()));
  if (!outcome.ok) {
    const issues = formIssuesOf(schema.columns, outcome.problems);
    throw new AppError('VALIDATION_FAILED', issues.map((issue) => issue.message).join('；'), { issues });
  }
  const result = await ingest(deps, ctx, { applicationId: application.id, dataset: params.dataset, source: 'form', input: source });
  return { importId: result.importId, isDuplicate: result.duplicateRows > 0 };
}
