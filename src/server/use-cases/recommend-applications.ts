// Batch recommendation (Art. 7(1)): all or nothing in one transaction, the cap checked for the whole batch; a
// stale lockVersion on any row → 409 naming that application.
import type { BatchResult, RecommendationsRequest } from '../../contracts/city-review';
import { AppError } from '../../domain/shared/app-error';
import { lockApplication } from './apply-application-event';
import { namedStateChanged, recommendLocked } from './city-recommendation';
import type { Deps, RequestContext } from './context';
import { requirePermission } from './require-actor';
import { findPublishedCall } from './review-views';

export async function recommendApplications(deps: Deps, ctx: RequestContext, input: RecommendationsRequest): Promise<BatchResult> {
  requirePermission(ctx, 'application.cityReview');
  return deps.db.transaction(async (tx) => {
    const call = await findPublishedCall(tx, input.callId, true);
    // Rows are locked in id order so that two overlapping batches cannot deadlock.
    const items = [...input.items].sort((a, b) => a.id.localeCompare(b.id));
    const locked = [];
    for (const item of items) {
      const application = await lockApplication(tx, ctx, item.id, 'application.cityReview');
      if (application.callId !== call.id) {
        const index = input.items.findIndex((i) => i.id === item.id);
        throw new AppError('VALIDATION_FAILED', '请求内容有误，请按提示修改', { issues: [{ path: `items.${index}.id`, message: `申报“${application.name}”不属于所选年度通知` }] });
      }
      if (application.lockVersion !== item.lockVersion) throw namedStateChanged(application);
      locked.push(application);
    }
    const saved = await recommendLocked(tx, deps, ctx, call, locked);
    return { items: saved.map((row) => ({ id: row.id, state: row.state, lockVersion: row.lockVersion })) };
  });
}
