import type { AssignAcceptanceExpertsRequest, AssignedAcceptanceExperts, IneligibleAcceptanceExpert } from '../../contracts/acceptance-opinions';
import type { Db } from '../../db/client';
import { acceptanceOpinionsRepository } from '../../db/repositories/acceptance-opinions.repository';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { expertsRepository } from '../../db/repositories/experts.repository';
import { ACCEPTANCE_EXCLUSION_LABELS, acceptanceExclusionsOf } from '../../domain/acceptance/acceptance-experts';
import { AppError } from '../../domain/shared/app-error';
import { appendAudit, type Deps, type RequestContext } from './context';
import { isReviewOpen } from './find-my-acceptance-opinion';
import { notFound, requirePermission } from './require-actor';
import { notify } from './notify';

/**
 * 组织评估验收 (Art. 7(3); ADR 0015): the province names experts from the pool for an open acceptance review. An
 * expert who works for the operator, declared a relationship with it, is inactive or outside the term, or is already
 * assigned is refused by name (422); otherwise each is assigned and told.
 */
export async function assignAcceptanceExperts(deps: Deps, ctx: RequestContext, reviewId: string, input: AssignAcceptanceExpertsRequest): Promise<AssignedAcceptanceExperts> {
  requirePermission(ctx, 'acceptance.manage');
  const found = await acceptanceOpinionsRepository.findReview(deps.db, reviewId);
  if (!found) throw notFound();
  return deps.db.transaction(async (tx) => {
    // Application, then review: the same order as the province's decision, so no opinion is added after it.
    const application = await applicationsRepository.findByIdForUpdate(tx, found.application.id);
    const review = await acceptanceOpinionsRepository.lockReview(tx, reviewId);
    if (!application || !review) throw notFound();
    if (!isReviewOpen({ review, application })) {
      throw new AppError('STATE_CHANGED', '该验收未在评估中或已作出结论，不能再指派专家', { details: { state: application.state, outcome: review.outcome } });
    }
    const pooled = await expertsRepository.findByIds(tx, input.expertIds);
    // In the order the province listed them, so a refusal names them in that order.
    const experts = input.expertIds.flatMap((id) => pooled.filter((expert) => expert.id === id));
    const unknown = input.expertIds.filter((id) => !experts.some((expert) => expert.id === id));
    if (unknown.length > 0) {
      throw new AppError('VALIDATION_FAILED', '所选专家不在专家库中', { issues: [{ path: 'expertIds', message: `专家库中没有编号为${unknown.join('、')}的专家` }] });
    }
    const ineligible = await ineligibleExperts(tx, deps.clock.today(), reviewId, found.application, experts);
    if (ineligible.length > 0) {
      const lines = ineligible.map((e) => `${e.name}（${e.reasons.map((r) => r.label).join('、')}）`);
      throw new AppError('NOT_ELIGIBLE', `以下专家不能参加此次验收：${lines.join('；')}`, {
        issues: [{ path: 'expertIds', message: `以下专家不能参加此次验收：${lines.join('；')}` }],
        details: { ineligible },
      });
    }
    const createdAt = deps.clock.now();
    await acceptanceOpinionsRepository.insertOpinions(
      tx,
      experts.map((expert) => ({ acceptanceReviewId: reviewId, expertId: expert.id, assignedBy: ctx.actor?.userId ?? null, createdAt })),
    );
    await appendAudit(tx, deps, ctx, {
      action: 'acceptance_review.experts_assigned',
      objectType: 'acceptance_review',
      objectId: reviewId,
      after: { applicationId: application.id, attempt: review.attempt, expertIds: input.expertIds },
    });
    await notify(tx, deps, { role: 'expert', userIds: experts.map((expert) => expert.userId) }, {
      title: '新的评估验收任务',
      body: `您被指派参加“${application.name}”（${found.application.organisationName}）的评估验收。请先声明是否存在利害关系，再查看验收材料并提交意见。`,
      link: '/workspace/my-acceptance-reviews',
    });
    const opinions = await acceptanceOpinionsRepository.listOpinionsOfReview(tx, reviewId);
    return {
      opinions: opinions.map(({ opinion, expertName }) => ({
        id: opinion.id,
        expertId: opinion.expertId,
        expertName,
        declaration: opinion.declaration as 'none' | 'conflicted' | null,
        conclusion: opinion.conclusion as 'pass' | 'fail' | null,
        submittedAt: opinion.submittedAt?.toISOString() ?? null,
      })),
    };
  });
}

async function ineligibleExperts(
  tx: Db,
  today: string,
  reviewId: string,
  applicant: { id: string; organisationId: string; creditCode: string; cityCode: string },
  experts: Awaited<ReturnType<typeof expertsRepository.findByIds>>,
): Promise<IneligibleAcceptanceExpert[]> {
  const avoided = await acceptanceOpinionsRepository.listAvoidedOrganisations(tx, experts.map((e) => e.id));
  const assigned = new Set((await acceptanceOpinionsRepository.listOpinionsOfReview(tx, reviewId)).map(({ opinion }) => opinion.expertId));
  const target = { applicationId: applicant.id, organisationId: applicant.organisationId, creditCode: applicant.creditCode, cityCode: applicant.cityCode };
  return experts.flatMap((expert) => {
    const pooled = { ...expert, avoidOrganisationIds: avoided.filter((a) => a.expertId === expert.id).map((a) => a.organisationId) };
    const reasons = acceptanceExclusionsOf(pooled, target, today, assigned.has(expert.id));
    return reasons.length === 0 ? [] : [{ expertId: expert.id, name: expert.name, reasons: reasons.map((reason) => ({ reason, label: ACCEPTANCE_EXCLUSION_LABELS[reason] })) }];
  });
}
