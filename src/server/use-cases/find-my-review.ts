// An expert reaches a case only through its own assignment, while active in the pool, and never once it declared a
// conflict: anything else answers 404 as if the case did not exist (DESIGN §1: experts see only cases assigned and
// not conflicted; a deactivated expert no longer reviews, Art. 7(2)).
import { expertReviewsRepository } from '../../db/repositories/expert-reviews.repository';
import { expertsRepository, type ExpertRow } from '../../db/repositories/experts.repository';
import { AppError } from '../../domain/shared/app-error';
import type { Deps, RequestContext } from './context';
import { notFound, requirePermission } from './require-actor';

export type MyReview = NonNullable<Awaited<ReturnType<typeof expertReviewsRepository.findReview>>> & { expert: ExpertRow };

export async function findMyReview(deps: Deps, ctx: RequestContext, reviewId: string): Promise<MyReview> {
  const actor = requirePermission(ctx, 'review.score');
  const expert = await expertsRepository.findByUserId(deps.db, actor.userId);
  const found = await expertReviewsRepository.findReview(deps.db, reviewId);
  if (!expert || !expert.isActive || !found || found.review.expertId !== expert.id || found.review.declaration === 'conflicted') throw notFound();
  return { ...found, expert };
}

/** The case content only after 声明无利害关系 (Art. 7(2) 回避). */
export function requireNoConflictDeclared(review: MyReview): void {
  if (review.review.declaration !== 'none') {
    throw new AppError('DECLARATION_REQUIRED', '请先声明与该申报单位是否存在利害关系，声明无利害关系后方可查看材料和评分');
  }
}

/** Declaring and scoring only while the application is under expert review (已推荐, Art. 7(2)). */
export function requireUnderReview(review: MyReview): void {
  const { state } = review.application;
  // STATE_CHANGED, not TRANSITION_NOT_ALLOWED: the expert acts on a case whose state someone else changed since the
  // expert loaded it (the province decided it); no lifecycle event of the expert's is involved. Reload shows it.
  if (state !== 'recommended') throw new AppError('STATE_CHANGED', '该申报已结束专家评审，不能再声明或评分', { details: { state } });
}
