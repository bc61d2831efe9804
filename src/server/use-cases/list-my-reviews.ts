import type { MyReviewList } from '../../contracts/experts';
import { expertReviewsRepository } from '../../db/repositories/expert-reviews.repository';
import { expertsRepository } from '../../db/repositories/experts.repository';
import type { Deps, RequestContext } from './context';
import { cityNameOf } from './expert-view';
import { requirePermission } from './require-actor';

/**
 * 我的评审: the expert's own assignments. Before a declaration only what is needed to judge a conflict is shown
 * (number, platform, organisation, city); conflicted ones are gone for good.
 */
export async function listMyReviews(deps: Deps, ctx: RequestContext): Promise<MyReviewList> {
  const actor = requirePermission(ctx, 'review.score');
  const expert = await expertsRepository.findByUserId(deps.db, actor.userId);
  // A deactivated expert no longer reviews (find-my-review answers 404 for each task too).
  if (!expert || !expert.isActive) return { items: [] };
  const rows = await expertReviewsRepository.listForExpert(deps.db, expert.id);
  return {
    items: rows.map(({ review, application }) => ({
      id: review.id,
      applicationNumber: application.applicationNumber,
      platformName: application.name,
      organisationName: application.organisationName,
      cityName: cityNameOf(application.cityCode),
      status: review.declaration === null ? 'undeclared' : review.submittedAt ? 'submitted' : 'scoring',
    })),
  };
}
