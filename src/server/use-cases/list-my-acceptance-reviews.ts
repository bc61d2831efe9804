import type { MyAcceptanceReviewItem, MyAcceptanceReviewList, MyAcceptanceStatus } from '../../contracts/acceptance-opinions';
import { acceptanceOpinionsRepository, type AcceptanceOpinionRow } from '../../db/repositories/acceptance-opinions.repository';
import { expertsRepository } from '../../db/repositories/experts.repository';
import type { Deps, RequestContext } from './context';
import { cityNameOf } from './expert-view';
import { isReviewOpen, type MyAcceptanceOpinion } from './find-my-acceptance-opinion';
import { requirePermission } from './require-actor';

/**
 * 验收评审: the expert's own acceptance assignments. Before a declaration only what is needed to judge a conflict is
 * shown (object, operator, city); conflicted ones are gone for good.
 */
export async function listMyAcceptanceReviews(deps: Deps, ctx: RequestContext): Promise<MyAcceptanceReviewList> {
  const actor = requirePermission(ctx, 'acceptance.judge');
  const expert = await expertsRepository.findByUserId(deps.db, actor.userId);
  // A deactivated expert no longer reviews (find-my-acceptance-opinion answers 404 for each task too).
  if (!expert || !expert.isActive) return { items: [] };
  const rows = await acceptanceOpinionsRepository.listForExpert(deps.db, expert.id);
  return { items: rows.map(toItem) };
}

export function toItem(found: Pick<MyAcceptanceOpinion, 'opinion' | 'review' | 'application'>): MyAcceptanceReviewItem {
  return {
    id: found.opinion.id,
    attempt: found.review.attempt,
    platformName: found.application.name,
    organisationName: found.application.organisationName,
    cityName: cityNameOf(found.application.cityCode),
    status: statusOf(found.opinion, isReviewOpen(found)),
  };
}

function statusOf(opinion: AcceptanceOpinionRow, isOpen: boolean): MyAcceptanceStatus {
  if (opinion.submittedAt) return 'submitted';
  if (!isOpen) return 'closed';
  return opinion.declaration === null ? 'undeclared' : 'judging';
}
