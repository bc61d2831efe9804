// The service records of a creation object for the correction form: search by credit code, name or the platform's
// record id, newest service first, each with its void (作废) if any.
import type { ServiceRecordsPage } from '../../contracts/data-corrections';
import { serviceRecordVoidsRepository } from '../../db/repositories/service-record-voids.repository';
import type { Deps, RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';
import { toServiceRecordItem } from './service-record-view';

export async function listServiceRecords(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  query: { q?: string | undefined; page: number; pageSize: number },
): Promise<ServiceRecordsPage> {
  const { application } = await loadCreationObject(deps, ctx, id);
  const found = await serviceRecordVoidsRepository.search(deps.db, application.id, query);
  return { total: found.total, page: query.page, pageSize: query.pageSize, records: found.items.map(toServiceRecordItem) };
}
