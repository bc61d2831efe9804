import type { CallDetail } from '../../contracts/calls';
import { callsRepository, contentOf } from '../../db/repositories/calls.repository';
import { copyForNextYear } from '../../domain/calls/annual-call';
import { AppError } from '../../domain/shared/app-error';
import type { Deps, RequestContext } from './context';
import { insertDraft } from './create-call-draft';
import { getCall } from './get-call';
import { requirePermission } from './require-actor';

/**
 * A new call starts as a copy of the latest published one: year + 1 and every date one year later; the answer
 * carries the diff against that call so the province sees what it still has to change.
 */
export async function copyLatestCall(deps: Deps, ctx: RequestContext): Promise<CallDetail> {
  const actor = requirePermission(ctx, 'call.manage');
  const latest = await callsRepository.findLatestPublished(deps.db);
  if (!latest) throw new AppError('NOT_FOUND', '尚无已发布的年度通知，无法以上年度通知为基础新建');
  const id = await insertDraft(deps, ctx, actor.userId, copyForNextYear(contentOf(latest)), latest.id);
  return getCall(deps, ctx, id);
}

