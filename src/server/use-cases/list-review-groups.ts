import type { ReviewGroupList } from '../../contracts/experts';
import { callsRepository } from '../../db/repositories/calls.repository';
import { expertReviewsRepository } from '../../db/repositories/expert-reviews.repository';
import type { Deps, RequestContext } from './context';
import { toGroupApplicationView } from './expert-view';
import { toReviewGroupViews } from './review-group-view';
import { notFound, requirePermission } from './require-actor';

/** The call's review groups and the recommended applications still waiting for one. */
export async function listReviewGroups(deps: Deps, ctx: RequestContext, callId: string): Promise<ReviewGroupList> {
  requirePermission(ctx, 'expert.manage');
  const call = await callsRepository.findById(deps.db, callId);
  if (!call) throw notFound();
  const groups = await expertReviewsRepository.listGroups(deps.db, callId);
  return {
    items: await toReviewGroupViews(deps.db, groups),
    available: (await expertReviewsRepository.listUngroupedRecommended(deps.db, callId)).map(toGroupApplicationView),
  };
}
