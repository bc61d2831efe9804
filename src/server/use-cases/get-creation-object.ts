import type { CreationObjectSummary } from '../../contracts/creation-objects';
import type { Deps, RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';

/** One creation object for the operator, its city, the province or an auditor; anyone else's → 404. */
export async function getCreationObject(deps: Deps, ctx: RequestContext, id: string): Promise<CreationObjectSummary> {
  return (await loadCreationObject(deps, ctx, id)).summary;
}
