import type { ReviewGroupView } from '../../contracts/experts';
import { expertReviewsRepository } from '../../db/repositories/expert-reviews.repository';
import { AppError } from '../../domain/shared/app-error';
import type { Deps, RequestContext } from './context';
import { recordGroupDraw } from './record-group-draw';
import { toReviewGroupViews } from './review-group-view';
import { notFound, requirePermission } from './require-actor';

/**
 * Art. 7(2) 组织专家评审: the group's first draw, at random with avoidance, once. The seed is always the server's
 * (128 random bits); it, the eligible list and a snapshot of the pool are recorded so anyone can replay the draw.
 * More experts later (after conflicts) come from drawMoreGroupExperts.
 */
export async function drawGroupExperts(deps: Deps, ctx: RequestContext, groupId: string): Promise<ReviewGroupView> {
  const actor = requirePermission(ctx, 'expert.manage');
  const group = await deps.db.transaction(async (tx) => {
    const locked = await expertReviewsRepository.findGroupForUpdate(tx, groupId);
    if (!locked) throw notFound();
    if (locked.drawnAt) throw new AppError('STATE_CHANGED', '该评审组已抽取过专家，需要更多专家时请补充抽取', { details: { drawnAt: locked.drawnAt.toISOString() } });
    return recordGroupDraw(tx, deps, ctx, locked, { kind: 'initial', count: locked.expertCount, drawnBy: actor.userId });
  });
  const [view] = await toReviewGroupViews(deps.db, [group]);
  return view as ReviewGroupView;
}
