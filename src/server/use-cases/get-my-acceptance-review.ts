import type { AcceptanceCaseView, MyAcceptanceReviewView } from '../../contracts/acceptance-opinions';
import type { AcceptanceSnapshotView } from '../../contracts/acceptance';
import { acceptanceOpinionsRepository } from '../../db/repositories/acceptance-opinions.repository';
import { indicatorsToJudge } from '../../domain/acceptance/opinion-rules';
import { planGoalsOf } from '../../domain/creation-data/progress-periods';
import type { Deps, RequestContext } from './context';
import { findMyAcceptanceOpinion, isReviewOpen, type MyAcceptanceOpinion } from './find-my-acceptance-opinion';
import { toItem } from './list-my-acceptance-reviews';
import { goalViews } from './progress-report-view';

/**
 * One acceptance assignment. Before the declaration only the object and its operator (to judge a conflict); after
 * 'none' the case as the province froze it (ADR 0015): summary, plan goals with the operator's reports, evidence,
 * the snapshot and the indicators left to experts; and the expert's own opinion once given.
 */
export async function getMyAcceptanceReview(deps: Deps, ctx: RequestContext, opinionId: string): Promise<MyAcceptanceReviewView> {
  return acceptanceReviewViewOf(deps, await findMyAcceptanceOpinion(deps, ctx, opinionId));
}

export async function acceptanceReviewViewOf(deps: Deps, mine: MyAcceptanceOpinion): Promise<MyAcceptanceReviewView> {
  const { opinion } = mine;
  const declaredNone = opinion.declaration === 'none';
  return {
    ...toItem(mine),
    canSubmit: declaredNone && opinion.submittedAt === null && isReviewOpen(mine),
    case: declaredNone ? await caseOf(deps, mine) : null,
    opinion:
      opinion.submittedAt && opinion.conclusion && opinion.comment !== null
        ? {
            indicatorJudgements: opinion.indicatorJudgements ?? [],
            goalJudgements: opinion.goalJudgements ?? [],
            conclusion: opinion.conclusion as 'pass' | 'fail',
            comment: opinion.comment,
            submittedAt: opinion.submittedAt.toISOString(),
          }
        : null,
  };
}

async function caseOf(deps: Deps, mine: MyAcceptanceOpinion): Promise<AcceptanceCaseView | null> {
  const { review, application } = mine;
  // An assignment exists only for a started review, whose snapshot the schema requires (acceptance_reviews_snapshot).
  if (!review.snapshot) return null;
  const goals = goalViews(application, planGoalsOf(application.content));
  const files = await acceptanceOpinionsRepository.listFiles(deps.db, review.evidenceFileIds);
  return {
    carrier: application.carrier === 'base' ? 'base' : 'platform',
    summary: review.summary,
    goals: goals.map((goal, goalIndex) => ({ ...goal, goalIndex, achieved: review.goalReports.find((r) => r.goalIndex === goalIndex)?.achieved ?? '' })),
    evidence: files.map((file) => ({ fileId: file.id, name: file.originalName, sizeBytes: file.sizeBytes, mediaType: file.mediaType })),
    snapshot: review.snapshot as unknown as AcceptanceSnapshotView,
    indicatorsToJudge: indicatorsToJudge(review.snapshot.dashboard),
  };
}
