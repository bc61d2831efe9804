import type { ExpertView } from '../../contracts/experts';
import { expertsRepository } from '../../db/repositories/experts.repository';
import { organisationsRepository } from '../../db/repositories/organisations.repository';
import { AppError } from '../../domain/shared/app-error';
import { appendAudit, type Deps, type RequestContext } from './context';
import { toExpertViews } from './expert-view';
import { notFound, requirePermission } from './require-actor';

/** 回避 (Art. 7(2)): records a relationship; the draw then keeps the expert away from that organisation. */
export async function addExpertAvoidance(deps: Deps, ctx: RequestContext, expertId: string, input: { organisationId: string; reason: string }): Promise<ExpertView> {
  requirePermission(ctx, 'expert.manage');
  const expert = await expertsRepository.findById(deps.db, expertId);
  if (!expert) throw notFound();
  if (!(await organisationsRepository.findById(deps.db, input.organisationId))) {
    throw new AppError('VALIDATION_FAILED', '该运营主体不存在', { issues: [{ path: 'organisationId', message: '该运营主体不存在' }] });
  }
  await deps.db.transaction(async (tx) => {
    const row = await expertsRepository.insertAvoidance(tx, { expertId, organisationId: input.organisationId, reason: input.reason, declaredAt: deps.clock.now() });
    if (!row) {
      const message = '该专家已登记与此运营主体的利害关系';
      throw new AppError('VALIDATION_FAILED', message, { issues: [{ path: 'organisationId', message }] });
    }
    await appendAudit(tx, deps, ctx, { action: 'expert.avoidance_added', objectType: 'expert', objectId: expertId, after: { organisationId: input.organisationId, reason: input.reason } });
  });
  const [view] = await toExpertViews(deps.db, [expert]);
  return view as ExpertView;
}
