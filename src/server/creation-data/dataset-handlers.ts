// Which datasets can be imported, and how: DatasetKey → its row schema and writer. Each dataset registers here once;
// the import engine, the templates and the push API all look datasets up through this map.
import type { DatasetKey } from '../../domain/creation-data/datasets';
import { AppError } from '../../domain/shared/app-error';
import type { DatasetHandler } from './dataset-writer';
import { serviceEventsHandler } from './service-events-handler';
import { serviceRecordsHandler } from './service-records-handler';
import { baseActivitiesHandler } from './writers/base-activities-handler';
import { baseEnterprisesHandler, baseProfilesHandler, entryPointsHandler, libraryCountsHandler, resourcesHandler } from './writers/small-dataset-handlers';

const HANDLERS: Partial<Record<DatasetKey, DatasetHandler<unknown>>> = {
  serviceRecords: serviceRecordsHandler as DatasetHandler<unknown>,
  serviceEvents: serviceEventsHandler as DatasetHandler<unknown>,
  resources: resourcesHandler as DatasetHandler<unknown>,
  libraryCounts: libraryCountsHandler as DatasetHandler<unknown>,
  entryPoints: entryPointsHandler as DatasetHandler<unknown>,
  baseEnterprises: baseEnterprisesHandler as DatasetHandler<unknown>,
  baseProfiles: baseProfilesHandler as DatasetHandler<unknown>,
  baseActivities: baseActivitiesHandler as DatasetHandler<unknown>,
};

export function findDatasetHandler(dataset: string): DatasetHandler<unknown> | undefined {
  return Object.hasOwn(HANDLERS, dataset) ? HANDLERS[dataset as DatasetKey] : undefined;
}

export function getDatasetHandler(dataset: string): DatasetHandler<unknown> {
  const handler = findDatasetHandler(dataset);
  if (!handler) throw new AppError('NOT_FOUND', `数据集“${dataset.slice(0, 40)}”不存在或暂不支持导入`);
  return handler;
}

/** The dataset key of a registered dataset; NOT_FOUND otherwise (a path parameter is just a string). */
export function requireRegisteredDataset(dataset: string): DatasetKey {
  getDatasetHandler(dataset);
  return dataset as DatasetKey;
}
