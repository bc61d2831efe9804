import type { ExpertList } from '../../contracts/experts';
import { expertsRepository } from '../../db/repositories/experts.repository';
import type { Deps, RequestContext } from './context';
import { toExpertViews } from './expert-view';
import { requirePermission } from './require-actor';

/** Art. 7(2): the province keeps the expert pool. */
export async function listExperts(deps: Deps, ctx: RequestContext): Promise<ExpertList> {
  requirePermission(ctx, 'expert.manage');
  return { items: await toExpertViews(deps.db, await expertsRepository.list(deps.db)) };
}
