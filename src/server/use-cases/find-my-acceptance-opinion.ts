// An expert reaches an acceptance case only through its own assignment, while active in the pool, and never once it
// declared a conflict: anything else answers 404 as if the case did not exist (as find-my-review.ts for F3).
import { acceptanceOpinionsRepository } from '../../db/repositories/acceptance-opinions.repository';
import { expertsRepository, type ExpertRow } from '../../db/repositories/experts.repository';
import { AppError } from '../../domain/shared/app-error';
import type { Deps, RequestContext } from './context';
import { notFound, requirePermission } from './require-actor';

export type MyAcceptanceOpinion = NonNullable<Awaited<ReturnType<typeof acceptanceOpinionsRepository.findOpinion>>> & { expert: ExpertRow };

export async function findMyAcceptanceOpinion(deps: Deps, ctx: RequestContext, opinionId: string): Promise<MyAcceptanceOpinion> {
  const actor = requirePermission(ctx, 'acceptance.judge');
  const expert = await expertsRepository.findByUserId(deps.db, actor.userId);
  const found = await acceptanceOpinionsRepository.findOpinion(deps.db, opinionId);
  if (!expert || !expert.isActive || !found || found.opinion.expertId !== expert.id || found.opinion.declaration === 'conflicted') throw notFound();
  return { ...found, expert };
}

/** Experts declare and give opinions only while the review is open: started, undecided, the object under review. */
export function isReviewOpen(found: { review: { startedAt: Date | null; outcome: string | null }; application: { state: string } }): boolean {
  return found.application.state === 'acceptance_review' && found.review.startedAt !== null && found.review.outcome === null;
}

export function requireReviewOpen(found: { review: { startedAt: Date | null; outcome: string | null }; application: { state: string } }): void {
  // STATE_CHANGED: the province decided (or the object left the review) since the expert loaded the page.
  if (!isReviewOpen(found)) {
    throw new AppError('STATE_CHANGED', '该验收已结束，不能再声明或提交意见', { details: { state: found.application.state, outcome: found.review.outcome } });
  }
}

/** The case only after 声明无利害关系 (回避, as Art. 7(2) for the application review). */
export function requireNoConflictDeclared(mine: MyAcceptanceOpinion): void {
  if (mine.opinion.declaration !== 'none') {
    throw new AppError('DECLARATION_REQUIRED', '请先声明与该运营主体是否存在利害关系，声明无利害关系后方可查看验收材料和提交意见');
  }
}
