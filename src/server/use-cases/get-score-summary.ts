import type { ScoreSummaryView } from '../../contracts/experts';
import { callsRepository } from '../../db/repositories/calls.repository';
import { expertReviewsRepository } from '../../db/repositories/expert-reviews.repository';
import { tallyReviews } from '../../domain/review/review-tally';
import { findStandardSet } from '../../domain/standards/standard-sets';
import type { Deps, RequestContext } from './context';
import { cityNameOf } from './expert-view';
import { notFound } from './require-actor';
import { requireReviewOverseer } from './require-review-overseer';

/**
 * 评审汇总 (INTERNAL): per application the submitted experts, the mean total and the mean of each criterion.
 * Art. 8 forbids ranking: the list is in neutral order (division code, then name) and has no rank.
 */
export async function getScoreSummary(deps: Deps, ctx: RequestContext, callId: string): Promise<ScoreSummaryView> {
  requireReviewOverseer(ctx);
  const call = await callsRepository.findById(deps.db, callId);
  if (!call) throw notFound();
  const rules = { criterionWeights: call.criterionWeights, maxScore: call.maxScore };
  const groupIds = (await expertReviewsRepository.listGroups(deps.db, callId)).map((g) => g.id);
  const applications = await expertReviewsRepository.listGroupApplications(deps.db, groupIds);
  const reviews = (await expertReviewsRepository.listReviewsOfGroups(deps.db, groupIds)).map((r) => r.review);
  const criteria = (findStandardSet(call.standardVersion)?.planCriteria ?? []).map((c) => ({ code: c.code, name: c.name, weight: rules.criterionWeights[c.code] ?? 0 }));
  return {
    callId,
    criteria,
    maxScore: call.maxScore,
    items: applications.map((a) => {
      // The same figures as the province's review list (review-tally): conflicted experts are not assigned.
      const tally = tallyReviews(rules, reviews.filter((r) => r.applicationId === a.id));
      return {
        applicationId: a.id,
        applicationNumber: a.applicationNumber,
        name: a.name,
        organisationName: a.organisationName,
        cityName: cityNameOf(a.cityCode),
        expertsAssigned: tally.assigned,
        expertsConflicted: tally.conflicted,
        expertsSubmitted: tally.submitted,
        meanTotal: tally.meanTotal,
        criterionMeans: tally.criterionMeans,
      };
    }),
  };
}
