// The JSON push API (F4 item 2(b)): a platform's own system sends records of one dataset with its API key. The
// records go through the same import engine as an Excel/CSV upload (src/server/creation-data/ingest.ts), so they are
// checked by the same row schema and a record already stored is counted as a duplicate, not stored twice.
import type { PushProblem, PushResult } from '../../contracts/api-keys';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { DATASETS, isDatasetKey } from '../../domain/creation-data/datasets';
import { AppError } from '../../domain/shared/app-error';
import { getDatasetHandler } from '../creation-data/dataset-handlers';
import { ingest } from '../creation-data/ingest';
import { rowsFromObjects } from '../creation-data/object-rows';
import type { AuthenticatedApiKey } from './authenticate-api-key';
import type { Deps, RequestContext } from './context';

const CARRIER_LABELS = { platform: '平台', base: '基地' } as const;

export async function pushCreationData(
  deps: Deps,
  ctx: RequestContext,
  key: AuthenticatedApiKey,
  dataset: string,
  records: readonly Record<string, unknown>[],
): Promise<PushResult> {
  const application = await applicationsRepository.findById(deps.db, key.applicationId);
  if (!application) throw new AppError('API_KEY_INVALID', 'API密钥无效或已吊销');
  if (!isDatasetKey(dataset)) throw new AppError('NOT_FOUND', `数据集“${dataset}”不存在，可用的数据集见接口说明`);
  const info = DATASETS[dataset];
  if (info.carrier !== application.carrier) {
    const own = CARRIER_LABELS[application.carrier === 'base' ? 'base' : 'platform'];
    throw new AppError('NOT_FOUND', `数据集“${dataset}”（${info.label}）只适用于${CARRIER_LABELS[info.carrier]}，本${own}不能推送`);
  }
  const { columns } = getDatasetHandler(dataset).schema;
  refuseUnknownFields(records, new Set(columns.map((c) => c.key)));

  const fieldOfHeader = new Map(columns.map((c) => [c.header, c.key]));
  const problems: PushProblem[] = [];
  const result = await ingest(deps, ctx, {
    applicationId: application.id,
    dataset,
    source: 'api',
    input: rowsFromObjects(columns, records),
    apiKeyId: key.id,
    onProblem: (p) => problems.push({ index: p.row - 1, field: fieldOfHeader.get(p.column) ?? p.column, value: p.value, reason: p.reason }),
  });
  return {
    importId: result.importId,
    totalRows: result.totalRows,
    acceptedRows: result.acceptedRows,
    duplicateRows: result.duplicateRows,
    rejectedRows: result.rejectedRows,
    problems,
  };
}

/** A field the dataset does not have is a mistake in the sender's program, not in its data: the whole push is refused. */
function refuseUnknownFields(records: readonly Record<string, unknown>[], known: ReadonlySet<string>): void {
  const issues = records.flatMap((record, index) =>
    Object.keys(record)
      .filter((field) => !known.has(field))
      .map((field) => ({ path: `records.${index}.${field}`, message: `不接受的字段：${field}` })),
  );
  if (issues.length > 0) {
    throw new AppError('VALIDATION_FAILED', `记录中有该数据集没有的字段（共${issues.length}处），未导入任何记录`, { issues: issues.slice(0, 100) });
  }
}
