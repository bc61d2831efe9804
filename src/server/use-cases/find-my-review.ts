// An expert reaches a case only through its own assignment, and never once it declared a conflict: anything else
// answers 404 as if the case did not exist (DESIGN §1: experts see only cases assigned and not conflicted).
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
  if (!expert || !found || found.review.expertId !== expert.id || found.review.declaration === 'conflicted') throw notFound();
  return { ...found, expert };
}

/** The case content only after 声明无利害关系 (Art. 7(2) 回避). */
export function requireNoConflictDeclared(review: MyReview): void {
  if (review.review.declaration !== 'none') {
    throw new AppError('DECLARATION_REQUIRED', '请先声明与该申报单位是否存在利害关系，声明无利害关系后方可查看材料和评分');
  }
}
