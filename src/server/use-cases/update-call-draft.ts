import type { CallContentRequest, CallDetail } from '../../contracts/calls';
import { callsRepository, contentOf } from '../../db/repositories/calls.repository';
import { AppError } from '../../domain/shared/app-error';
import { appendAudit, type Deps, type RequestContext } from './context';
import { getCall } from './get-call';
import { notFound, requirePermission } from './require-actor';

/** A draft is edited in place (the audit record keeps the previous content); a published call never changes. */
export async function updateCallDraft(deps: Deps, ctx: RequestContext, id: string, input: CallContentRequest): Promise<CallDetail> {
  requirePermission(ctx, 'call.manage');
  await deps.db.transaction(async (tx) => {
    const current = await callsRepository.findByIdForUpdate(tx, id);
    if (!current) throw notFound();
    if (current.status !== 'draft') throw new AppError('CALL_NOT_DRAFT', '该年度通知已发布，不能修改；如需调整请新建草稿');
    await callsRepository.updateDraft(tx, id, input, deps.clock.now());
    await appendAudit(tx, deps, ctx, { action: 'call.draft_updated', objectType: 'annual_call', objectId: id, before: contentOf(current), after: input });
  });
  return getCall(deps, ctx, id);
}
