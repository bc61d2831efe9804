import type { DrawMoreRequest, ReviewGroupView } from '../../contracts/experts';
import { expertReviewsRepository } from '../../db/repositories/expert-reviews.repository';
import { AppError } from '../../domain/shared/app-error';
import type { Deps, RequestContext } from './context';
import { recordGroupDraw } from './record-group-draw';
import { toReviewGroupViews } from './review-group-view';
import { notFound, requirePermission } from './require-actor';

/**
 * 补充抽取 (Art. 7(2)): after experts declared conflicts the province draws `count` more for a drawn group, at
 * random with the same avoidance, never one already in the group. The draw gets its own server-made seed and is
 * listed in the group's record next to the first, so the replay checks both.
 */
export async function drawMoreGroupExperts(deps: Deps, ctx: RequestContext, groupId: string, input: DrawMoreRequest): Promise<ReviewGroupView> {
  const actor = requirePermission(ctx, 'expert.manage');
  const group = await deps.db.transaction(async (tx) => {
    // The lock makes two officers pressing 补充抽取 at once draw one after the other, never the same expert twice.
    const locked = await expertReviewsRepository.findGroupForUpdate(tx, groupId);
    if (!locked) throw notFound();
    if (!locked.drawnAt) throw new AppError('STATE_CHANGED', '该评审组尚未抽取专家，请先抽取');
    return recordGroupDraw(tx, deps, ctx, locked, { kind: 'supplementary', count: input.count, drawnBy: actor.userId });
  });
  const [view] = await toReviewGroupViews(deps.db, [group]);
  return view as ReviewGroupView;
}
