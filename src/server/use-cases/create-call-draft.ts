import type { CallContentRequest, CallDetail } from '../../contracts/calls';
import { callsRepository } from '../../db/repositories/calls.repository';
import type { CallContent } from '../../domain/calls/annual-call';
import { getCall } from './get-call';
import { appendAudit, type Deps, type RequestContext } from './context';
import { requirePermission } from './require-actor';

/** Art. 7(1): the province drafts the year's call. A draft may be edited until it is published. */
export async function createCallDraft(deps: Deps, ctx: RequestContext, input: CallContentRequest): Promise<CallDetail> {
  const actor = requirePermission(ctx, 'call.manage');
  const id = await insertDraft(deps, ctx, actor.userId, input, null);
  return getCall(deps, ctx, id);
}

/** Inserts a draft and its audit record in one transaction; returns its id. */
export async function insertDraft(deps: Deps, ctx: RequestContext, userId: string, content: CallContent, copiedFromId: string | null): Promise<string> {
  return deps.db.transaction(async (tx) => {
    const row = await callsRepository.insertDraft(tx, { ...content, copiedFromId, createdBy: userId, now: deps.clock.now() });
    await appendAudit(tx, deps, ctx, {
      action: 'call.draft_created',
      objectType: 'annual_call',
      objectId: row.id,
      after: { ...content, copiedFromId },
    });
    return row.id;
  });
}
