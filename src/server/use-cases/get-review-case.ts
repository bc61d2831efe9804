import type { ReviewCaseView } from '../../contracts/experts';
import { callsRepository } from '../../db/repositories/calls.repository';
import { expertReviewsRepository } from '../../db/repositories/expert-reviews.repository';
import { MATERIAL_LABELS, type MaterialKind } from '../../domain/applications/application-content';
import { planTotal, validateScores } from '../../domain/review/plan-score';
import { findStandardSet } from '../../domain/standards/standard-sets';
import type { Deps, RequestContext } from './context';
import { cityNameOf } from './expert-view';
import { findMyReview, requireNoConflictDeclared } from './find-my-review';
import { notFound } from './require-actor';

/** The case for scoring (Attachment 3): the application, its materials, the call's criteria and own scores. */
export async function getReviewCase(deps: Deps, ctx: RequestContext, reviewId: string): Promise<ReviewCaseView> {
  const mine = await findMyReview(deps, ctx, reviewId);
  requireNoConflictDeclared(mine);
  const call = await callsRepository.findById(deps.db, mine.application.callId);
  if (!call) throw notFound();
  const standardSet = findStandardSet(call.standardVersion);
  const rules = { criterionWeights: call.criterionWeights, maxScore: call.maxScore };
  const files = await expertReviewsRepository.listCaseFiles(deps.db, mine.application.id);
  const scores = mine.review.scores;
  return {
    id: mine.review.id,
    applicationNumber: mine.application.applicationNumber,
    platformName: mine.application.name,
    organisationName: mine.application.organisationName,
    cityName: cityNameOf(mine.application.cityCode),
    carrier: mine.application.carrier,
    content: mine.application.content,
    materials: [
      ...files.versions.map((v) => ({ fileId: v.file.id, label: `申报书（第${v.version}次提交）`, fileName: v.file.originalName, sizeBytes: v.file.sizeBytes })),
      ...files.materials.map((m) => ({ fileId: m.file.id, label: MATERIAL_LABELS[m.kind as MaterialKind] ?? m.kind, fileName: m.file.originalName, sizeBytes: m.file.sizeBytes })),
    ],
    criteria: (standardSet?.planCriteria ?? []).map((c) => ({ code: c.code, name: c.name, guidance: c.guidance, weight: call.criterionWeights[c.code] ?? 0 })),
    maxScore: call.maxScore,
    scores,
    comments: mine.review.comments ?? {},
    submittedAt: mine.review.submittedAt?.toISOString() ?? null,
    total: scores && validateScores(rules, scores).length === 0 ? planTotal(rules, scores) : null,
  };
}
