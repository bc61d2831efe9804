import { isDecidable, opinionProgressOf } from '../../domain/acceptance/decision-readiness';
import type { AcceptanceOpinionRequest, MyAcceptanceReviewView } from '../../contracts/acceptance-opinions';
import { acceptanceOpinionsRepository } from '../../db/repositories/acceptance-opinions.repository';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { findOpinionProblems, indicatorsToJudge } from '../../domain/acceptance/opinion-rules';
import { planGoalsOf } from '../../domain/creation-data/progress-periods';
import { AppError } from '../../domain/shared/app-error';
import { appendAudit, type Deps, type RequestContext } from './context';
import { findMyAcceptanceOpinion, requireNoConflictDeclared, requireReviewOpen } from './find-my-acceptance-opinion';
import { acceptanceReviewViewOf } from './get-my-acceptance-review';
import { notify } from './notify';

/**
 * 验收专家意见 (Art. 7(3): 对照认定标准和创建方案目标任务): every indicator the frozen snapshot leaves to experts
 * judged met or not, every plan goal met, partly or not, and a conclusion with a comment. Given once, while the
 * review is open; it informs the province's decision and does not make it (ADR 0015).
 */
export async function submitAcceptanceOpinion(deps: Deps, ctx: RequestContext, opinionId: string, input: AcceptanceOpinionRequest): Promise<MyAcceptanceReviewView> {
  const mine = await findMyAcceptanceOpinion(deps, ctx, opinionId);
  requireNoConflictDeclared(mine);
  if (mine.opinion.submittedAt) throw alreadySubmitted();
  requireReviewOpen(mine);
  const goals = planGoalsOf(mine.application.content);
  const issues = findOpinionProblems(indicatorsToJudge(mine.review.snapshot?.dashboard), goals.map((goal) => goal.target), input);
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', '验收意见未完成或有误，请检查后再提交', { issues });

  const submittedAt = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    // Application, then review: the province's decision takes the same locks, so it sees this opinion or refuses it.
    const application = await applicationsRepository.findByIdForUpdate(tx, mine.application.id);
    const review = await acceptanceOpinionsRepository.lockReview(tx, mine.review.id);
    if (!application || !review) throw new Error(`acceptance review ${mine.review.id} vanished`);
    requireReviewOpen({ review, application });
    const saved = await acceptanceOpinionsRepository.saveOpinion(tx, opinionId, {
      indicatorJudgements: input.indicatorJudgements,
      goalJudgements: [...input.goalJudgements].sort((a, b) => a.goalIndex - b.goalIndex),
      conclusion: input.conclusion,
      comment: input.comment,
      submittedAt,
    });
    if (!saved) throw alreadySubmitted();
    await appendAudit(tx, deps, ctx, {
      action: 'acceptance_opinion.submitted',
      objectType: 'acceptance_opinion',
      objectId: opinionId,
      after: { acceptanceReviewId: review.id, applicationId: application.id, conclusion: input.conclusion },
    });
    const opinions = await acceptanceOpinionsRepository.listOpinionsOfReview(tx, review.id);
    // Told once the decision's own rule lets the province decide (decision-readiness.ts).
    if (isDecidable(opinionProgressOf(opinions.map(({ opinion }) => opinion)))) {
      await notify(tx, deps, { role: 'province' }, {
        title: '验收专家意见已全部提交',
        body: `“${application.name}”（${mine.application.organisationName}）第${review.attempt}次评估验收的专家意见已全部提交，可作出验收结论。`,
        link: `/workspace/creation-objects/${application.id}`,
      });
    }
  });
  return acceptanceReviewViewOf(deps, await findMyAcceptanceOpinion(deps, ctx, opinionId));
}

function alreadySubmitted(): AppError {
  return new AppError('STATE_CHANGED', '验收意见已提交，不能再修改');
}
