import type { CallDetail } from '../../contracts/calls';
import { callsRepository, contentOf } from '../../db/repositories/calls.repository';
import { validateCall } from '../../domain/calls/annual-call';
import { AppError } from '../../domain/shared/app-error';
import { appendAudit, type Deps, type RequestContext } from './context';
import { getCall } from './get-call';
import { notFound, requirePermission } from './require-actor';

const YEAR_TAKEN = (year: number) => `${year}年度已有已发布的年度创建工作通知，每年只能发布一份`;

/** Art. 7(1): publishes a draft. It must pass validation, and a year has at most one published call. */
export async function publishCall(deps: Deps, ctx: RequestContext, id: string): Promise<CallDetail> {
  const actor = requirePermission(ctx, 'call.manage');
  await deps.db.transaction(async (tx) => {
    const draft = await callsRepository.findByIdForUpdate(tx, id);
    if (!draft) throw notFound();
    if (draft.status !== 'draft') throw new AppError('CALL_NOT_DRAFT', '该年度通知已经发布');
    // The rules may have changed since the draft was saved (e.g. a standard version); check again.
    const issues = validateCall(contentOf(draft));
    if (issues.length > 0) throw new AppError('VALIDATION_FAILED', '年度通知内容有误，请修改后再发布', { issues });
    if (await callsRepository.findPublished(tx, draft.year)) {
      throw new AppError('CALL_YEAR_PUBLISHED', YEAR_TAKEN(draft.year), { issues: [{ path: 'year', message: YEAR_TAKEN(draft.year) }] });
    }
    // Two publications for one year at the same moment: the unique index lets only one through.
    const published = await callsRepository.publish(tx, id, actor.userId, deps.clock.now());
    if (!published) throw new AppError('CALL_YEAR_PUBLISHED', YEAR_TAKEN(draft.year), { issues: [{ path: 'year', message: YEAR_TAKEN(draft.year) }] });
    await appendAudit(tx, deps, ctx, {
      action: 'call.published',
      objectType: 'annual_call',
      objectId: id,
      before: { status: 'draft' },
      after: { status: 'published', ...contentOf(published) },
    });
  });
  return getCall(deps, ctx, id);
}
