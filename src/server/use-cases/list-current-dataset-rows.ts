// The current rows of one dataset of a creation object, for the correction forms (F4 item 2(c)): for the small
// datasets the latest row per natural key (DESIGN §5: corrections supersede), for events every event. Each row comes
// back as the template's cells, so the form shows what an import would have written and starts a correction from it.
import type { CurrentRow, CurrentRowsPage } from '../../contracts/data-corrections';
import { baseEnterpriseRowOf, baseEnterprisesRepository } from '../../db/repositories/base-enterprises.repository';
import { baseProfileRowOf, baseProfilesRepository } from '../../db/repositories/base-profiles.repository';
import { entryPointRowOf, entryPointsRepository } from '../../db/repositories/entry-points.repository';
import { libraryCountRowOf, libraryCountsRepository } from '../../db/repositories/library-counts.repository';
import { resourceEntriesRepository, resourceRowOf } from '../../db/repositories/resource-entries.repository';
import { serviceEventRowsRepository } from '../../db/repositories/service-event-rows.repository';
import { serviceEventVoidsRepository } from '../../db/repositories/service-event-voids.repository';
import type { Page, PageRequest } from '../../db/repositories/superseding-rows';
import type { Db } from '../../db/client';
import { DATASETS, type DatasetKey } from '../../domain/creation-data/datasets';
import { baseEnterpriseCells } from '../../domain/creation-data/rows/base-enterprises';
import { baseProfileCells } from '../../domain/creation-data/rows/base-profiles';
import { serviceEventCells } from '../../domain/creation-data/rows/base-activities';
import { entryPointCells } from '../../domain/creation-data/rows/entry-points';
import { libraryCountCells } from '../../domain/creation-data/rows/library-counts';
import { resourceCells } from '../../domain/creation-data/rows/resources';
import { AppError } from '../../domain/shared/app-error';
import { requireDatasetOfCarrier } from '../creation-data/collection-context';
import type { Deps, RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';

type RowLister = (db: Db, applicationId: string, page: PageRequest) => Promise<Page<CurrentRow>>;

/** Lists a repository's page and writes each record back as cells. */
function lister<R extends { id: string; recordedAt: Date }>(
  list: (db: Db, applicationId: string, page: PageRequest) => Promise<Page<R>>,
  cellsOf: (record: R) => Record<string, string>,
): RowLister {
  return async (db, applicationId, page) => {
    const found = await list(db, applicationId, page);
    return { total: found.total, items: found.items.map((record) => ({ id: record.id, cells: cellsOf(record), recordedAt: record.recordedAt.toISOString(), voided: null })) };
  };
}

const listEvents = lister(serviceEventRowsRepository.listNewestFirst, serviceEventCells);

/** Every event, a voided one marked (已作废) with its reason: an event is corrected by voiding it. */
const EVENTS: RowLister = async (db, applicationId, page) => {
  const found = await listEvents(db, applicationId, page);
  const voids = new Map((await serviceEventVoidsRepository.findVoids(db, applicationId, found.items.map((row) => row.id))).map((v) => [v.eventId, v]));
  return {
    total: found.total,
    items: found.items.map((row) => {
      const v = voids.get(row.id);
      return { ...row, voided: v ? { reason: v.reason, voidedAt: v.voidedAt.toISOString(), voidedByName: v.voidedByName } : null };
    }),
  };
};

/** Service records are many and are corrected by voiding: they have their own search (list-service-records.ts). */
const LISTERS: Partial<Record<DatasetKey, RowLister>> = {
  resources: lister(resourceEntriesRepository.listCurrent, (r) => resourceCells(resourceRowOf(r))),
  libraryCounts: lister(libraryCountsRepository.listCurrent, (r) => libraryCountCells(libraryCountRowOf(r))),
  entryPoints: lister(entryPointsRepository.listCurrent, (r) => entryPointCells(entryPointRowOf(r))),
  baseEnterprises: lister(baseEnterprisesRepository.listCurrent, (r) => baseEnterpriseCells(baseEnterpriseRowOf(r))),
  baseProfiles: lister(baseProfilesRepository.listCurrent, (r) => baseProfileCells(baseProfileRowOf(r))),
  serviceEvents: EVENTS,
  baseActivities: EVENTS,
};

export async function listCurrentDatasetRows(
  deps: Deps,
  ctx: RequestContext,
  params: { id: string; dataset: DatasetKey },
  page: PageRequest,
): Promise<CurrentRowsPage> {
  const { application } = await loadCreationObject(deps, ctx, params.id);
  requireDatasetOfCarrier(application, params.dataset);
  const list = LISTERS[params.dataset];
  if (!list) {
    const message = `“${DATASETS[params.dataset].label}”请在服务记录查询中查看和作废`;
    throw new AppError('VALIDATION_FAILED', message, { issues: [{ path: 'dataset', message }] });
  }
  const found = await list(deps.db, application.id, page);
  return { dataset: params.dataset, total: found.total, page: page.page, pageSize: page.pageSize, rows: found.items };
}
