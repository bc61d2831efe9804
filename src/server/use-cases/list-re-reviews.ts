// 复核 list (Art. 10; ADR 0016): every re-review the person may read — the operator its own, a city its city's, the
// province and the auditors all — newest round first, objects in the neutral order (Art. 8) within a round.
import { type ReReviewList, type ReReviewListQuery } from '../../contracts/re-review';
import { creationObjectsRepository } from '../../db/repositories/creation-objects.repository';
import { reReviewRepository } from '../../db/repositories/re-review.repository';
import { listScope } from '../../domain/access/policy';
import { reReviewStatusIn } from '../../domain/re-review/re-review-rules';
import { AppError } from '../../domain/shared/app-error';
import type { Deps, RequestContext } from './context';
import { toCreationObjectSummary } from './creation-object-view';
import { isLate, statusLabelOf } from './re-review-view';
import { requirePermission } from './require-actor';

export async function listReReviews(deps: Deps, ctx: RequestContext, query: ReReviewListQuery): Promise<ReReviewList> {
  const actor = requirePermission(ctx, 'reReview.read');
  const scope = listScope(actor, 'reReview.read');
  if (!scope) throw new AppError('FORBIDDEN', '您的角色无权进行此操作');
  const today = deps.clock.today();
  const objects = await creationObjectsRepository.list(deps.db, scope);
  const order = new Map(objects.map((o, i) => [o.application.id, i]));
  const byId = new Map(objects.map((o) => [o.application.id, o]));
  const rows = await reReviewRepository.listWithRoundsByApplications(
    deps.db,
    objects.map((o) => o.application.id),
  );
  const items = rows
    .flatMap(({ reReview, round }) => {
      const object = byId.get(reReview.applicationId);
      // The object's state tells an ended re-review (revoked during it, Art. 12 / Art. 11) from a waiting one.
      return object ? [{ reReview, round, object, status: reReviewStatusIn(reReview, object.application.state) }] : [];
    })
    .filter(({ status }) => !query.status || status === query.status)
    .sort((a, b) => (a.round.opensOn === b.round.opensOn ? (order.get(a.reReview.applicationId) ?? 0) - (order.get(b.reReview.applicationId) ?? 0) : a.round.opensOn < b.round.opensOn ? 1 : -1))
    .map(({ reReview, round, object, status }) => ({
          object: toCreationObjectSummary(object, actor, today),
          reReviewId: reReview.id,
          round: { id: round.id, year: round.year, title: round.title, reportDueOn: round.reportDueOn, cityDueOn: round.cityDueOn },
          isAfterRectification: reReview.isAfterRectification,
          status,
          statusLabel: statusLabelOf(status, object.application.state),
          isLate: isLate(reReview, round),
    }));
  return { items };
}
