// The province's review list for one call (Art. 7(2)): applications the cities recommended and what became of
// them, with the formal check and the internal mean expert score. Neutral order (Art. 8): the score is shown,
// never used to sort or rank.
import type { ProvinceReviewQueue } from '../../contracts/province-review';
import { reviewDecisionsRepository } from '../../db/repositories/review-decisions.repository';
import { stateLabel } from '../../domain/lifecycle/states';
import type { Deps, RequestContext } from './context';
import { requirePermission } from './require-actor';
import { cityName, decisionSummary, findPublishedCall, formalCheckSummary, NO_SCORES, PROVINCE_DECISION_EVENTS, scoreSummaries } from './review-views';
import { creationQuotaCheck } from './shortlist-checks';

const PROVINCE_STATES = ['recommended', 'shortlisted', 'province_rejected'] as const;

export async function listProvinceReviewQueue(deps: Deps, ctx: RequestContext, callId: string, state?: (typeof PROVINCE_STATES)[number]): Promise<ProvinceReviewQueue> {
  requirePermission(ctx, 'application.provinceReview');
  const call = await findPublishedCall(deps.db, callId);
  const rows = await reviewDecisionsRepository.listForCall(deps.db, { callId, states: state ? [state] : PROVINCE_STATES });
  const ids = rows.map((row) => row.application.id);
  const checks = await reviewDecisionsRepository.latestFormalChecks(deps.db, ids);
  const decisions = await reviewDecisionsRepository.latestEvents(deps.db, ids, PROVINCE_DECISION_EVENTS);
  const scores = scoreSummaries(call, await reviewDecisionsRepository.expertReviews(deps.db, ids));
  return {
    call: { id: call.id, year: call.year, title: call.title, creationQuota: call.creationQuota },
    quota: await creationQuotaCheck(deps.db, call, 0),
    items: rows.map(({ application, organisationName }) => ({
      id: application.id,
      applicationNumber: application.applicationNumber,
      name: application.name,
      organisationName,
      cityCode: application.cityCode,
      cityName: cityName(application.cityCode),
      carrier: application.carrier,
      state: application.state,
      stateLabel: stateLabel(application.state),
      lockVersion: application.lockVersion,
      formalCheck: formalCheckSummary(checks.get(application.id)),
      provinceDecision: decisionSummary(decisions.get(application.id)),
      ...(scores.get(application.id) ?? NO_SCORES),
    })),
  };
}
