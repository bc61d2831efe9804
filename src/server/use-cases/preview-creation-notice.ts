import type { CreationNoticePreview } from '../../contracts/notices';
import type { Deps, RequestContext } from './context';
import { toEntryView } from './notice-view';
import { planCreationNotice } from './plan-creation-notice';
import { requirePermission } from './require-actor';

/** The entries and window a 拟创建对象 notice would have if published now (Art. 7(2)); nothing is written. */
export async function previewCreationNotice(deps: Deps, ctx: RequestContext, callId: string): Promise<CreationNoticePreview> {
  requirePermission(ctx, 'notice.manage');
  const plan = await planCreationNotice(deps.db, deps, callId);
  return {
    callId: plan.call.id,
    callTitle: plan.call.title,
    publishedOn: plan.publishedOn,
    startsOn: plan.window.start,
    endsOn: plan.window.end,
    handlingDueOn: plan.handlingDueOn,
    entries: plan.items.map(({ entry }) => toEntryView(entry)),
  };
}
