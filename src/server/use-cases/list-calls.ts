import type { CallList } from '../../contracts/calls';
import { callsRepository } from '../../db/repositories/calls.repository';
import { authorize } from '../../domain/access/policy';
import type { Deps, RequestContext } from './context';
import { toCallSummary } from './call-view';
import { requirePermission } from './require-actor';

/** The province sees drafts and published calls; every other business role only published ones. */
export async function listCalls(deps: Deps, ctx: RequestContext): Promise<CallList> {
  requirePermission(ctx, 'call.read');
  const canManage = authorize(ctx.actor, 'call.manage') === 'allow';
  const rows = await callsRepository.list(deps.db, { publishedOnly: !canManage });
  return { items: rows.map(toCallSummary) };
}
