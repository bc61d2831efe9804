// What a round opening on a given day would take in (ADR 0016), for the province before it schedules one.
import type { PreviewReReviewRoundRequest, ReReviewDuePreview } from '../../contracts/re-review';
import type { Deps, RequestContext } from './context';
import { listDueItems } from './re-review-due';
import { requirePermission } from './require-actor';

export async function previewReReviewRound(deps: Deps, ctx: RequestContext, input: PreviewReReviewRoundRequest): Promise<ReReviewDuePreview> {
  const actor = requirePermission(ctx, 'reReview.manage');
  return { opensOn: input.opensOn, items: await listDueItems(deps.db, actor, deps.clock.today(), input.opensOn) };
}
