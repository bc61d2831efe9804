// 数据导入 (F4 item 2(a)): an Excel or CSV file of one dataset, uploaded by the operator of the creation object. The
// access check and the collection check come before the body is read, so a refused upload is never stored.
import type { ImportResult } from '../../contracts/data-imports';
import { requireCollectingData, requireDatasetOfCarrier } from '../creation-data/collection-context';
import { requireRegisteredDataset } from '../creation-data/dataset-handlers';
import { ingest } from '../creation-data/ingest';
import { openCsvRows } from '../creation-data/readers/csv-rows';
import { openXlsxRows } from '../creation-data/readers/xlsx-rows';
import { removeReceived, type ReceivedFile } from '../creation-data/upload-file';
import type { Deps, RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';

export async function importDatasetFile(deps: Deps, ctx: RequestContext, id: string, dataset: string, receive: () => Promise<ReceivedFile>): Promise<ImportResult> {
  const { application } = await loadCreationObject(deps, ctx, id, { action: 'creationData.write' });
  const key = requireRegisteredDataset(dataset);
  requireDatasetOfCarrier(application, key);
  requireCollectingData(application);
  let file: ReceivedFile | undefined;
  try {
    file = await receive();
    const input = file.format === 'xlsx' ? await openXlsxRows(file.path) : await openCsvRows(file.path);
    return await ingest(deps, ctx, { applicationId: application.id, dataset: key, source: 'file', input, file: { name: file.originalName, sha256: file.sha256 } });
  } finally {
    await removeReceived(file);
  }
}
