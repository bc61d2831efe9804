// Loading one re-review of an object with the access check (loadCreationObject: another organisation's or city's
// object is a 404), and the rule that the operator writes its report only while its re-review is open and neither
// submitted nor assessed (ADR 0016).
import { RE_REVIEW_STATUS_LABELS } from '../../contracts/re-review';
import { reReviewRepository, type ReReviewWithRound } from '../../db/repositories/re-review.repository';
import type { Action } from '../../domain/access/policy';
import { stateLabel } from '../../domain/lifecycle/states';
import { canReport, reReviewStatusOf } from '../../domain/re-review/re-review-rules';
import { AppError } from '../../domain/shared/app-error';
import type { Deps, RequestContext } from './context';
import { loadCreationObject, type LoadedCreationObject } from './creation-object-view';
import { notFound } from './require-actor';

export interface LoadedReReview {
  loaded: LoadedCreationObject;
  entry: ReReviewWithRound;
}

export async function loadReReview(source: Pick<Deps, 'db' | 'clock'>, ctx: RequestContext, id: string, reReviewId: string, action: Action, isLocked = false): Promise<LoadedReReview> {
  const loaded = await loadCreationObject(source, ctx, id, { action, isLocked });
  const entry = await reReviewRepository.findOfApplication(source.db, loaded.application.id, reReviewId, isLocked);
  if (!entry) throw notFound();
  return { loaded, entry };
}

/** The re-review is the object's open one (state re_review, undecided) and the operator's phase is not over. */
export function requireReportable({ loaded, entry }: LoadedReReview): void {
  const { application } = loaded;
  if (application.state !== 're_review' || entry.reReview.outcome !== null) {
    throw new AppError('TRANSITION_NOT_ALLOWED', `当前状态为“${stateLabel(application.state)}”，该复核不能再修改运行和服务情况报告`, { details: { state: application.state } });
  }
  if (!canReport(entry.reReview)) {
    const status = reReviewStatusOf(entry.reReview);
    throw new AppError('TRANSITION_NOT_ALLOWED', `该复核${RE_REVIEW_STATUS_LABELS[status]}，不能再修改运行和服务情况报告`, { details: { status } });
  }
}
