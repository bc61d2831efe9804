import type { ApplicationDetail } from '../../contracts/applications';
import { AppError } from '../../domain/shared/app-error';
import { applyApplicationEvent, lockApplication } from './apply-application-event';
import { buildApplicationDetail } from './application-view';
import type { Deps, RequestContext } from './context';

/** Art. 4 (voluntary participation): the applicant withdraws its application while the lifecycle allows it. */
export async function withdrawApplication(deps: Deps, ctx: RequestContext, id: string, lockVersion: number, reason: string | undefined): Promise<ApplicationDetail> {
  const saved = await deps.db.transaction(async (tx) => {
    const application = await lockApplication(tx, ctx, id, 'application.apply', lockVersion);
    return applyApplicationEvent(tx, deps, ctx, application, 'withdraw', { reason: reason?.trim() || null });
  });
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED', '请先登录');
  return buildApplicationDetail(deps, deps.db, ctx.actor, saved);
}
