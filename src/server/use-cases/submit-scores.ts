import type { ReviewCaseView, ScoresRequest } from '../../contracts/experts';
import { callsRepository } from '../../db/repositories/calls.repository';
import { expertReviewsRepository } from '../../db/repositories/expert-reviews.repository';
import { validateScores } from '../../domain/review/plan-score';
import { AppError, type ErrorIssue } from '../../domain/shared/app-error';
import { findStandardSet } from '../../domain/standards/standard-sets';
import { appendAudit, type Deps, type RequestContext } from './context';
import { findMyReview, requireNoConflictDeclared, requireUnderReview } from './find-my-review';
import { getReviewCase } from './get-review-case';
import { notFound } from './require-actor';

const OVERALL = '';

/**
 * Attachment 3: the expert scores the six criteria of the creation plan with comments. 暂存 keeps a partial
 * sheet; 提交评分 needs every criterion and an overall opinion, and after it nothing changes. Scores stay
 * internal (Art. 8).
 */
export async function submitScores(deps: Deps, ctx: RequestContext, reviewId: string, input: ScoresRequest): Promise<ReviewCaseView> {
  const mine = await findMyReview(deps, ctx, reviewId);
  requireNoConflictDeclared(mine);
  if (mine.review.submittedAt) throw alreadySubmitted();
  requireUnderReview(mine);
  const call = await callsRepository.findById(deps.db, mine.application.callId);
  if (!call) throw notFound();
  const names = Object.fromEntries((findStandardSet(call.standardVersion)?.planCriteria ?? []).map((c) => [c.code, c.name]));
  const rules = { criterionWeights: call.criterionWeights, maxScore: call.maxScore };
  const scores = Object.fromEntries(Object.entries(input.scores).filter((entry): entry is [string, number] => entry[1] !== null));
  let issues: ErrorIssue[] = validateScores(rules, scores, names);
  // A draft may leave criteria empty; only what is filled in must be right.
  if (!input.isFinal) issues = issues.filter((issue) => issue.path.slice('scores.'.length) in scores);
  for (const code of Object.keys(input.comments)) {
    if (code !== OVERALL && !(code in rules.criterionWeights)) issues.push({ path: `comments.${code}`, message: `评分项“${code}”不属于本年度创建方案评价要求` });
  }
  if (input.isFinal && !input.comments[OVERALL]?.trim()) issues.push({ path: 'comments', message: '请填写总体评审意见' });
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', input.isFinal ? '评分未完成或有误，请检查后再提交' : '评分有误，请检查后再暂存', { issues });

  const comments = Object.fromEntries(Object.entries(input.comments).map(([code, text]) => [code, text.trim()]));
  await deps.db.transaction(async (tx) => {
    const saved = await expertReviewsRepository.saveScores(tx, reviewId, { scores, comments, submittedAt: input.isFinal ? deps.clock.now() : null });
    if (!saved) throw alreadySubmitted();
    await appendAudit(tx, deps, ctx, {
      action: input.isFinal ? 'expert_review.submitted' : 'expert_review.saved',
      objectType: 'expert_review',
      objectId: reviewId,
      after: { applicationId: mine.application.id, scores, comments },
    });
  });
  return getReviewCase(deps, ctx, reviewId);
}

function alreadySubmitted(): AppError {
  return new AppError('STATE_CHANGED', '评分已提交，不能再修改');
}
