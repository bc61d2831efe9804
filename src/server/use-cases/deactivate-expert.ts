import type { ExpertView } from '../../contracts/experts';
import { expertsRepository } from '../../db/repositories/experts.repository';
import { appendAudit, type Deps, type RequestContext } from './context';
import { toExpertViews } from './expert-view';
import { notFound, requirePermission } from './require-actor';

/** Takes an expert out of future draws; the row stays (data are never deleted) and past reviews are kept. */
export async function deactivateExpert(deps: Deps, ctx: RequestContext, expertId: string): Promise<ExpertView> {
  requirePermission(ctx, 'expert.manage');
  const expert = await expertsRepository.findById(deps.db, expertId);
  if (!expert) throw notFound();
  if (expert.isActive) {
    await deps.db.transaction(async (tx) => {
      await expertsRepository.setActive(tx, expertId, false);
      await appendAudit(tx, deps, ctx, { action: 'expert.deactivated', objectType: 'expert', objectId: expertId, before: { isActive: true }, after: { isActive: false } });
    });
  }
  const [view] = await toExpertViews(deps.db, [{ ...expert, isActive: false }]);
  return view as ExpertView;
}
