// 地市初审 of one application (Art. 7(1)): return for revision or reject, each with a reason the applicant is
// told (a return only until the 初审截止日, while the applicant can still resubmit), or recommend to the province
// within the call's 推荐名额 and before the 初审截止日.
import type { CityDecisionRequest, DecisionResult } from '../../contracts/city-review';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { returnForRevisionProblem } from '../../domain/applications/submission-window';
import { AppError } from '../../domain/shared/app-error';
import { applyApplicationEvent, lockApplication } from './apply-application-event';
import { namedStateChanged, recommendLocked } from './city-recommendation';
import type { Deps, RequestContext } from './context';
import { notify } from './notify';
import { notFound, requirePermission } from './require-actor';
import { findPublishedCall } from './review-views';

export async function decideCityReview(deps: Deps, ctx: RequestContext, id: string, input: CityDecisionRequest): Promise<DecisionResult> {
  requirePermission(ctx, 'application.cityReview');
  return deps.db.transaction(async (tx) => {
    const found = await applicationsRepository.findById(tx, id);
    if (!found) throw notFound();
    requirePermission(ctx, 'application.cityReview', { cityCode: found.cityCode, organisationId: found.organisationId });
    // The call is locked before the application, in the same order as the batch, so the two never deadlock.
    const call = input.decision === 'recommend' ? await findPublishedCall(tx, found.callId, true) : null;
    const application = await lockApplication(tx, ctx, id, 'application.cityReview');
    if (application.lockVersion !== input.lockVersion) throw namedStateChanged(application);
    if (call) {
      const [saved] = await recommendLocked(tx, deps, ctx, call, [application]);
      return { id, state: saved?.state ?? application.state, lockVersion: saved?.lockVersion ?? application.lockVersion };
    }
    const isReturn = input.decision === 'return';
    if (isReturn) {
      const { cityReviewDeadline, ...rest } = await findPublishedCall(tx, found.callId);
      const problem = returnForRevisionProblem({ ...rest, cityReviewDeadline }, deps.clock.today());
      if (problem) throw new AppError('CITY_REVIEW_CLOSED', problem, { details: { cityReviewDeadline } });
    }
    const saved = await applyApplicationEvent(tx, deps, ctx, application, isReturn ? 'return_for_revision' : 'reject_by_city', { reason: input.reason });
    await notify(tx, deps, { role: 'applicant', organisationId: application.organisationId }, {
      title: isReturn ? `申报“${application.name}”被退回修改` : `申报“${application.name}”初审未获推荐`,
      body: `${isReturn ? '退回理由' : '不予推荐理由'}：${input.reason}`,
      link: `/workspace/applications/${id}`,
    });
    return { id, state: saved.state, lockVersion: saved.lockVersion };
  });
}
