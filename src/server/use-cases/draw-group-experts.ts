import { randomBytes } from 'node:crypto';
import type { ReviewGroupView } from '../../contracts/experts';
import { expertReviewsRepository } from '../../db/repositories/expert-reviews.repository';
import { DRAW_ALGORITHM, drawExperts } from '../../domain/review/expert-draw';
import { AppError } from '../../domain/shared/app-error';
import { appendAudit, type Deps, type RequestContext } from './context';
import { loadDrawPool } from './load-draw-pool';
import { notify } from './notify';
import type { DrawRecord } from './review-group-view';
import { toReviewGroupViews } from './review-group-view';
import { notFound, requirePermission } from './require-actor';

/**
 * Art. 7(2) 组织专家评审: draws the group's experts at random with avoidance, once. The seed (the officer's, or
 * 128 random bits) and the eligible list in the order used are recorded, so anyone can replay the draw. Every
 * drawn expert gets one review task per application and a notification.
 */
export async function drawGroupExperts(deps: Deps, ctx: RequestContext, groupId: string, input: { seed?: string | undefined }): Promise<ReviewGroupView> {
  const actor = requirePermission(ctx, 'expert.manage');
  const seed = input.seed ?? randomBytes(16).toString('hex');
  const group = await deps.db.transaction(async (tx) => {
    const locked = await expertReviewsRepository.findGroupForUpdate(tx, groupId);
    if (!locked) throw notFound();
    if (locked.drawnAt) throw new AppError('STATE_CHANGED', '该评审组已抽取过专家，每组只抽取一次', { details: { drawnAt: locked.drawnAt.toISOString() } });
    const { pool, applications, experts } = await loadDrawPool(tx, groupId);
    const drawDate = deps.clock.today();
    const result = drawExperts({ pool, applications, count: locked.expertCount, seed, drawDate });
    const record: DrawRecord = { algorithm: DRAW_ALGORITHM, drawDate, ...result };
    const now = deps.clock.now();
    const saved = await expertReviewsRepository.saveDraw(tx, groupId, { seed, drawRecord: record as unknown as Record<string, unknown>, drawnBy: actor.userId, drawnAt: now });
    if (!saved) throw new AppError('STATE_CHANGED', '该评审组已抽取过专家，每组只抽取一次');
    await expertReviewsRepository.insertReviews(
      tx,
      applications.flatMap((a) => result.chosenIds.map((expertId) => ({ groupId, applicationId: a.id, expertId, createdAt: now }))),
    );
    await appendAudit(tx, deps, ctx, { action: 'review_group.drawn', objectType: 'review_group', objectId: groupId, after: { seed, ...record } });
    const userIds = experts.filter((e) => result.chosenIds.includes(e.id)).map((e) => e.userId);
    await notify(tx, deps, { role: 'expert', userIds }, {
      title: '您已被抽取为评审专家',
      body: `您被抽取参加“${locked.name}”的创建方案评审（${applications.length}个申报）。请先逐一声明是否存在利害关系，再查看材料并评分。`,
      link: '/workspace/my-reviews',
    });
    return saved;
  });
  const [view] = await toReviewGroupViews(deps.db, [group]);
  return view as ReviewGroupView;
}
