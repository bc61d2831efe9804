// The city's initial-review queue for one call (Art. 7(1)): its own applications only, neutral order (Art. 8),
// with each one's latest city decision and the cap arithmetic.
import type { CityReviewQuery, CityReviewQueue } from '../../contracts/city-review';
import { reviewDecisionsRepository } from '../../db/repositories/review-decisions.repository';
import { stateLabel } from '../../domain/lifecycle/states';
import { cityCapCheck, isRecommendationOpen } from './city-recommendation';
import type { Deps, RequestContext } from './context';
import { requirePermission } from './require-actor';
import { CITY_DECISION_EVENTS, cityName, countyName, decisionSummary, findPublishedCall } from './review-views';

// "after_recommendation" gathers what the province has taken over (recommended and every later state).
const FILTERS: Record<NonNullable<CityReviewQuery['state']>, string[] | null> = {
  submitted: ['submitted'],
  returned_for_revision: ['returned_for_revision'],
  city_rejected: ['city_rejected'],
  recommended: ['recommended'],
  after_recommendation: null,
};

export async function listCityReviewQueue(deps: Deps, ctx: RequestContext, query: CityReviewQuery): Promise<CityReviewQueue> {
  const actor = requirePermission(ctx, 'application.cityReview');
  const cityCode = actor.cityCode ?? '';
  const call = await findPublishedCall(deps.db, query.callId);
  let rows = await reviewDecisionsRepository.listForCall(deps.db, { callId: call.id, cityCode, ...(query.state && FILTERS[query.state] ? { states: FILTERS[query.state] ?? [] } : {}) });
  if (query.state === 'after_recommendation') {
    const early = ['submitted', 'returned_for_revision', 'city_rejected', 'withdrawn'];
    rows = rows.filter((row) => !early.includes(row.application.state));
  }
  const decisions = await reviewDecisionsRepository.latestEvents(deps.db, rows.map((row) => row.application.id), CITY_DECISION_EVENTS);
  return {
    call: { id: call.id, year: call.year, title: call.title, cityReviewDeadline: call.cityReviewDeadline },
    cityCode,
    cityName: cityName(cityCode),
    cap: await cityCapCheck(deps.db, call, cityCode, 0),
    isRecommendationOpen: isRecommendationOpen(call, deps.clock.today()),
    items: rows.map(({ application, organisationName, countyCode, submittedAt }) => ({
      id: application.id,
      applicationNumber: application.applicationNumber,
      name: application.name,
      organisationName,
      countyCode,
      countyName: countyName(countyCode),
      carrier: application.carrier,
      state: application.state,
      stateLabel: stateLabel(application.state),
      lockVersion: application.lockVersion,
      submittedAt: submittedAt?.toISOString() ?? null,
      cityDecision: decisionSummary(decisions.get(application.id)),
    })),
  };
}
