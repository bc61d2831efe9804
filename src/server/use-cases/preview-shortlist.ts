// What 确定拟创建对象 would do (Art. 7(2)), without writing: per application the state and formal check, the
// internal mean expert score, and the 年度创建数量 arithmetic for the whole selection.
import type { ShortlistPreview, ShortlistPreviewRequest } from '../../contracts/province-review';
import { creationQuotaMessage } from '../../domain/review/city-cap';
import type { Deps, RequestContext } from './context';
import { requirePermission } from './require-actor';
import { findPublishedCall } from './review-views';
import { creationQuotaCheck, shortlistRows } from './shortlist-checks';

export async function previewShortlist(deps: Deps, ctx: RequestContext, callId: string, input: ShortlistPreviewRequest): Promise<ShortlistPreview> {
  requirePermission(ctx, 'application.provinceReview');
  const call = await findPublishedCall(deps.db, callId);
  const rows = await shortlistRows(deps.db, call, input.applicationIds);
  const quota = await creationQuotaCheck(deps.db, call, rows.filter((row) => row.isOk).length);
  const message = quota.isAllowed ? null : creationQuotaMessage(quota);
  return { quota, rows, canCommit: message === null && rows.every((row) => row.isOk), message };
}
