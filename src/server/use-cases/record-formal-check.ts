// 形式审查 (Art. 7(2) "省工业和信息化厅对申报材料进行审核"): the province records whether a recommended application's
// materials are complete and in form; a failed check carries a note. Each check is a new row (the latest counts,
// nothing is edited), audited in the same transaction.
import type { FormalCheckRequest, FormalCheckResult } from '../../contracts/province-review';
import { reviewDecisionsRepository } from '../../db/repositories/review-decisions.repository';
import { AppError } from '../../domain/shared/app-error';
import { stateLabel } from '../../domain/lifecycle/states';
import { lockApplication } from './apply-application-event';
import { appendAudit, type Deps, type RequestContext } from './context';
import { requirePermission } from './require-actor';

export async function recordFormalCheck(deps: Deps, ctx: RequestContext, id: string, input: FormalCheckRequest): Promise<FormalCheckResult> {
  const actor = requirePermission(ctx, 'application.provinceReview');
  return deps.db.transaction(async (tx) => {
    const application = await lockApplication(tx, ctx, id, 'application.provinceReview');
    if (application.state !== 'recommended') {
      throw new AppError('TRANSITION_NOT_ALLOWED', `当前状态为“${stateLabel(application.state)}”，只有地市已推荐的申报可以进行形式审查`, { details: { state: application.state } });
    }
    const row = await reviewDecisionsRepository.insertFormalCheck(tx, { applicationId: id, isPassed: input.isPassed, note: input.note, checkedBy: actor.userId, checkedAt: deps.clock.now() });
    await appendAudit(tx, deps, ctx, { action: 'application.formal_check', objectType: 'application', objectId: id, after: { formalCheckId: row.id, isPassed: row.isPassed, note: row.note, article: 'Art. 7(2)' } });
    return { id: row.id, applicationId: id, isPassed: row.isPassed, note: row.note, checkedAt: row.checkedAt.toISOString() };
  });
}
