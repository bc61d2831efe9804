// 复核 of one object (Art. 10; ADR 0016) as the person asking may see it (re-review-view.ts).
import type { ObjectReReviewsView } from '../../contracts/re-review';
import type { Deps, RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';
import { buildObjectReReviewsView } from './re-review-view';

export async function getObjectReReviews(deps: Deps, ctx: RequestContext, id: string): Promise<ObjectReReviewsView> {
  const loaded = await loadCreationObject(deps, ctx, id, { action: 'reReview.read' });
  return buildObjectReReviewsView(deps.db, deps, loaded);
}
