// 复核结论 (Art. 10: 复核不达标的给予1年整改期，连续两年未通过复核的取消认定命名; ADR 0016): the province decides once,
// with a reason, after the city's assessment or, without one, after cityDueOn. Pass → pass_re_review (the next
// re-review 2 years later); fail → fail_re_review, where the lifecycle picks rectification (1 year) or revocation
// (a fail after rectification), and a revocation's reason is published by its publishReason effect. The operator
// and its city are told.
import { RE_REVIEW_OUTCOME_LABELS, type DecideReReviewRequest, type ObjectReReviewsView } from '../../contracts/re-review';
import { reReviewRepository } from '../../db/repositories/re-review.repository';
import { stateLabel } from '../../domain/lifecycle/states';
import { decideBlockedReason } from '../../domain/re-review/re-review-rules';
import { AppError } from '../../domain/shared/app-error';
import { applyApplicationEvent, lockApplication } from './apply-application-event';
import { appendAudit, type Deps, type RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';
import { notify } from './notify';
import { takeReReviewSnapshot } from './re-review-snapshot';
import { buildObjectReReviewsView } from './re-review-view';
import { notFound, requirePermission } from './require-actor';

export async function decideReReview(deps: Deps, ctx: RequestContext, id: string, reReviewId: string, input: DecideReReviewRequest): Promise<ObjectReReviewsView> {
  const actor = requirePermission(ctx, 'reReview.manage');
  return deps.db.transaction(async (tx) => {
    const source = { db: tx, clock: deps.clock };
    const application = await lockApplication(tx, ctx, id, 'reReview.manage');
    const loaded = await loadCreationObject(source, ctx, id, { action: 'reReview.manage' });
    const entry = await reReviewRepository.findOfApplication(tx, application.id, reReviewId, true);
    if (!entry) throw notFound();
    const { reReview: row, round } = entry;
    if (row.outcome !== null) throw new AppError('STATE_CHANGED', `该复核已作出结论（${RE_REVIEW_OUTCOME_LABELS[row.outcome === 'passed' ? 'passed' : 'failed']}），不能重复作出`);
    if (application.lockVersion !== input.lockVersion) {
      throw new AppError('STATE_CHANGED', `该平台（基地）已被他人处理，当前状态为“${stateLabel(application.state)}”，请刷新后再办理`, { details: { state: application.state, lockVersion: application.lockVersion } });
    }
    if (application.state !== 're_review') {
      throw new AppError('TRANSITION_NOT_ALLOWED', `当前状态为“${stateLabel(application.state)}”，没有正在进行的复核`, { details: { state: application.state } });
    }
    const blocked = decideBlockedReason(row, round, deps.clock.today());
    if (blocked) throw new AppError('TRANSITION_PRECONDITION_FAILED', `暂不能作出复核结论：${blocked}`);

    const saved = await applyApplicationEvent(tx, deps, ctx, application, input.outcome === 'passed' ? 'pass_re_review' : 'fail_re_review', { reason: input.reason });
    const now = deps.clock.now();
    // Neither submitted nor assessed: what was judged is frozen with the decision.
    if (!row.snapshot) await reReviewRepository.freezeSnapshot(tx, row.id, await takeReReviewSnapshot(source, loaded, row), now);
    const decided = await reReviewRepository.decide(tx, row.id, { outcome: input.outcome, outcomeReason: input.reason, decidedBy: actor.userId, decidedAt: now, updatedAt: now });
    if (!decided) throw new AppError('STATE_CHANGED', '复核结论已由他人作出，请刷新后查看');
    await appendAudit(tx, deps, ctx, {
      action: 're_review.decided',
      objectType: 're_review',
      objectId: row.id,
      after: { applicationId: application.id, sequence: row.sequence, outcome: input.outcome, reason: input.reason, state: saved.state },
    });
    const consequence =
      input.outcome === 'passed'
        ? `下次复核${saved.facts.reReviewDueOn ?? ''}起进行。`
        : saved.state === 'revoked'
          ? '整改期满后复核仍不达标，取消认定命名。'
          : `给予1年整改期，至${saved.facts.rectificationEndsOn ?? ''}（含当日）。`;
    const notice = {
      title: `复核结论：${RE_REVIEW_OUTCOME_LABELS[input.outcome]}`,
      body: `“${application.name}”${round.title}${RE_REVIEW_OUTCOME_LABELS[input.outcome]}，${consequence}理由：${input.reason}`,
      link: `/workspace/creation-objects/${application.id}?tab=re-review`,
    };
    await notify(tx, deps, { role: 'applicant', organisationId: application.organisationId }, notice);
    await notify(tx, deps, { role: 'city', cityCode: application.cityCode }, notice);
    return buildObjectReReviewsView(tx, deps, await loadCreationObject(source, ctx, id, { action: 'reReview.read' }));
  });
}
