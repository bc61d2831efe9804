import type { CallDetail } from '../../contracts/calls';
import { callsRepository, contentOf } from '../../db/repositories/calls.repository';
import { authorize } from '../../domain/access/policy';
import { diffCalls } from '../../domain/calls/call-diff';
import type { Deps, RequestContext } from './context';
import { toCallDetail } from './call-view';
import { notFound, requirePermission } from './require-actor';

/** One call; for the province with the diff against the previous year's published call. A draft is 404 to others. */
export async function getCall(deps: Deps, ctx: RequestContext, id: string): Promise<CallDetail> {
  requirePermission(ctx, 'call.read');
  const canManage = authorize(ctx.actor, 'call.manage') === 'allow';
  const row = await callsRepository.findById(deps.db, id);
  if (!row || (row.status !== 'published' && !canManage)) throw notFound();
  if (!canManage) return toCallDetail(row, null);
  const previous = await callsRepository.findPublished(deps.db, row.year - 1);
  return toCallDetail(row, previous ? { previousYear: previous.year, changes: diffCalls(contentOf(previous), contentOf(row)) } : null);
}
