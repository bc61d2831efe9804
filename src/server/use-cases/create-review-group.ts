import type { CreateReviewGroupRequest, ReviewGroupView } from '../../contracts/experts';
import { callsRepository } from '../../db/repositories/calls.repository';
import { expertReviewsRepository } from '../../db/repositories/expert-reviews.repository';
import { AppError, type ErrorIssue } from '../../domain/shared/app-error';
import { appendAudit, type Deps, type RequestContext } from './context';
import { toReviewGroupViews } from './review-group-view';
import { notFound, requirePermission } from './require-actor';

/**
 * Art. 7(2): the province puts recommended applications of one call into a review group (评审组) and says how
 * many experts to draw for it. An application belongs to one group only (unique index backs this up).
 */
export async function createReviewGroup(deps: Deps, ctx: RequestContext, callId: string, input: CreateReviewGroupRequest): Promise<ReviewGroupView> {
  const actor = requirePermission(ctx, 'expert.manage');
  requirePermission(ctx, 'application.provinceReview');
  const call = await callsRepository.findById(deps.db, callId);
  if (!call || call.status !== 'published') throw notFound();
  const group = await deps.db.transaction(async (tx) => {
    // Two officers creating groups at once queue on the call row, so the second sees the first one's group.
    await callsRepository.findByIdForUpdate(tx, callId);
    const found = new Map((await expertReviewsRepository.findApplications(tx, input.applicationIds)).map((a) => [a.id, a]));
    const grouped = new Set(await expertReviewsRepository.findGroupedIds(tx, input.applicationIds));
    const issues: ErrorIssue[] = [];
    input.applicationIds.forEach((id, index) => {
      const application = found.get(id);
      const path = `applicationIds.${index}`;
      if (!application || application.callId !== callId) issues.push({ path, message: '该申报不属于本年度通知' });
      else if (application.state !== 'recommended') issues.push({ path, message: `“${application.name}”不是已推荐状态，不能参加专家评审` });
      else if (grouped.has(id)) issues.push({ path, message: `“${application.name}”已在其他评审组中` });
    });
    if (issues.length > 0) throw new AppError('VALIDATION_FAILED', '所选申报中有不能参加本组评审的，请重新选择', { issues });
    const row = await expertReviewsRepository.insertGroup(tx, { callId, name: input.name, expertCount: input.expertCount, createdBy: actor.userId, createdAt: deps.clock.now() });
    // Backstop for the unique index on review_group_applications (an application in one group only).
    if (!(await expertReviewsRepository.addApplications(tx, row.id, input.applicationIds, deps.clock.now()))) {
      const message = '所选申报中有刚被加入其他评审组的，请刷新后重新选择';
      throw new AppError('STATE_CHANGED', message, { issues: [{ path: 'applicationIds', message }] });
    }
    await appendAudit(tx, deps, ctx, { action: 'review_group.created', objectType: 'review_group', objectId: row.id, after: { callId, ...input } });
    return row;
  });
  const [view] = await toReviewGroupViews(deps.db, [group]);
  return view as ReviewGroupView;
}
