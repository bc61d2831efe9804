import type { CreationObjectList } from '../../contracts/indicators';
import { creationObjectsRepository } from '../../db/repositories/creation-objects.repository';
import { listScope } from '../../domain/access/policy';
import type { Deps, RequestContext } from './context';
import { toCreationObjectSummary } from './creation-object-view';
import { requirePermission } from './require-actor';

/** The creation objects the actor may read (own organisation, own city, or all), in neutral order (Art. 8). */
export async function listCreationObjects(
  deps: Deps,
  ctx: RequestContext,
  filter: { state?: string | undefined; city?: string | undefined; carrier?: string | undefined },
): Promise<CreationObjectList> {
  const actor = requirePermission(ctx, 'creationData.read');
  const scope = listScope(actor, 'creationData.read');
  if (!scope) return { items: [] };
  const rows = await creationObjectsRepository.list(deps.db, scope, { state: filter.state, cityCode: filter.city, carrier: filter.carrier });
  const today = deps.clock.today();
  return { items: rows.map((row) => toCreationObjectSummary(row, actor, today)) };
}
