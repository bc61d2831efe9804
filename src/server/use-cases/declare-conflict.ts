import type { DeclarationRequest } from '../../contracts/experts';
import { expertReviewsRepository } from '../../db/repositories/expert-reviews.repository';
import { AppError } from '../../domain/shared/app-error';
import { appendAudit, type Deps, type RequestContext } from './context';
import { findMyReview, requireUnderReview } from './find-my-review';
import { notify } from './notify';

/**
 * 回避声明 (Art. 7(2)): before seeing a case the expert declares, once, whether it has a relationship with the
 * applicant. 'conflicted' hides the case from the expert for good and tells the province, which may draw more (补充抽取).
 */
export async function declareConflict(deps: Deps, ctx: RequestContext, reviewId: string, input: DeclarationRequest): Promise<{ id: string; declaration: DeclarationRequest['declaration'] }> {
  const mine = await findMyReview(deps, ctx, reviewId);
  requireUnderReview(mine);
  await deps.db.transaction(async (tx) => {
    const saved = await expertReviewsRepository.saveDeclaration(tx, reviewId, { declaration: input.declaration, declarationNote: input.note, declaredAt: deps.clock.now() });
    if (!saved) throw new AppError('STATE_CHANGED', '您已对该申报作出过声明，声明不能更改', { details: { declaration: mine.review.declaration } });
    await appendAudit(tx, deps, ctx, {
      action: 'expert_review.declared',
      objectType: 'expert_review',
      objectId: reviewId,
      before: { declaration: null },
      after: { declaration: input.declaration, note: input.note, applicationId: mine.application.id },
    });
    if (input.declaration === 'conflicted') {
      await notify(tx, deps, { role: 'province' }, {
        title: '评审专家声明存在利害关系',
        body: `专家${mine.expert.name}声明与“${mine.application.name}”（${mine.application.organisationName}）存在利害关系：${input.note}。该专家不再评审此申报，如需可在专家评审页“补充抽取”专家。`,
        link: '/workspace/expert-review',
      });
    }
  });
  return { id: reviewId, declaration: input.declaration };
}
