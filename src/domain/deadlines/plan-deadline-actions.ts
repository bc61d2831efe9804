// Everything the deadline job should have done by `today`, from the dated items it read. The job records each
// action under its key and notifies only for keys it newly recorded, so the plan may (and does) repeat every run.
import { creationPeriodActions, progressReportActions, type CreationObjectFacts } from './creation-deadlines';
import type { DeadlineAction } from './deadline-action';
import { openReReviewActions, reReviewObjectActions, type OpenReReviewFacts, type ReReviewObjectFacts } from './re-review-deadlines';
import { acceptanceReviewActions, cityReviewActions, noticeActions, type NoticeFacts, type OpenAcceptanceReviewFacts, type PendingCityReviewFacts } from './review-deadlines';
import type { PlainDate } from '../shared/plain-date';

export interface DeadlineFacts {
  creationObjects: readonly CreationObjectFacts[];
  notices: readonly NoticeFacts[];
  pendingCityReviews: readonly PendingCityReviewFacts[];
  openAcceptanceReviews: readonly OpenAcceptanceReviewFacts[];
  /** 复核 (ADR 0016): undecided re-reviews, and certified or rectifying objects. */
  openReReviews?: readonly OpenReReviewFacts[];
  reReviewObjects?: readonly ReReviewObjectFacts[];
}

export function planDeadlineActions(facts: DeadlineFacts, today: PlainDate): DeadlineAction[] {
  return [
    ...facts.creationObjects.flatMap((object) => [...creationPeriodActions(object, today), ...progressReportActions(object, today)]),
    ...facts.notices.flatMap((notice) => noticeActions(notice, today)),
    ...facts.pendingCityReviews.flatMap((application) => cityReviewActions(application, today)),
    ...facts.openAcceptanceReviews.flatMap((review) => acceptanceReviewActions(review, today)),
    ...(facts.openReReviews ?? []).flatMap((review) => openReReviewActions(review, today)),
    ...(facts.reReviewObjects ?? []).flatMap((object) => reReviewObjectActions(object, today)),
  ];
}
