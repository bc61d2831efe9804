import type { AcceptanceDeclarationRequest } from '../../contracts/acceptance-opinions';
import { acceptanceOpinionsRepository } from '../../db/repositories/acceptance-opinions.repository';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { AppError } from '../../domain/shared/app-error';
import { appendAudit, type Deps, type RequestContext } from './context';
import { findMyAcceptanceOpinion, requireReviewOpen } from './find-my-acceptance-opinion';
import { notify } from './notify';

/**
 * 回避声明 for an acceptance review (ADR 0015, as ADR 0012): before seeing the case the expert declares, once,
 * whether it has a relationship with the operator. 'conflicted' hides the case for good and tells the province,
 * which may assign another expert.
 */
export async function declareAcceptanceConflict(
  deps: Deps,
  ctx: RequestContext,
  opinionId: string,
  input: AcceptanceDeclarationRequest,
): Promise<{ id: string; declaration: AcceptanceDeclarationRequest['declaration'] }> {
  const mine = await findMyAcceptanceOpinion(deps, ctx, opinionId);
  requireReviewOpen(mine);
  await deps.db.transaction(async (tx) => {
    // Application, then review: the same order as the province's decision, which counts the declarations.
    const application = await applicationsRepository.findByIdForUpdate(tx, mine.application.id);
    const review = await acceptanceOpinionsRepository.lockReview(tx, mine.review.id);
    if (!application || !review) throw new Error(`acceptance review ${mine.review.id} vanished`);
    requireReviewOpen({ review, application });
    const saved = await acceptanceOpinionsRepository.saveDeclaration(tx, opinionId, { declaration: input.declaration, declarationNote: input.note, declaredAt: deps.clock.now() });
    if (!saved) throw new AppError('STATE_CHANGED', '您已对该验收作出过声明，声明不能更改', { details: { declaration: mine.opinion.declaration } });
    await appendAudit(tx, deps, ctx, {
      action: 'acceptance_opinion.declared',
      objectType: 'acceptance_opinion',
      objectId: opinionId,
      before: { declaration: null },
      after: { declaration: input.declaration, note: input.note, acceptanceReviewId: review.id, applicationId: application.id },
    });
    if (input.declaration === 'conflicted') {
      await notify(tx, deps, { role: 'province' }, {
        title: '验收专家声明存在利害关系',
        body: `专家${mine.expert.name}声明与“${mine.application.name}”（${mine.application.organisationName}）存在利害关系：${input.note}。该专家不再参加此次验收，如需可另行指派专家。`,
        link: `/workspace/creation-objects/${application.id}`,
      });
    }
  });
  return { id: opinionId, declaration: input.declaration };
}
