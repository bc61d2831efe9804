// One draw of a review group inside the caller's transaction (Art. 7(2) 随机抽取): the server makes the seed
// (nobody may choose it: a chosen seed can be tried offline until it picks chosen experts), applies avoidance,
// records the draw with a snapshot of the pool, creates the review tasks and notifies the drawn experts.
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client';
import { expertReviewsRepository, type ReviewGroupRow } from '../../db/repositories/expert-reviews.repository';
import { chosenIdsOf, readDrawRecord, type DrawKind, type DrawRecord, type RecordedDraw } from '../../domain/review/draw-record';
import { DRAW_ALGORITHM, drawExperts } from '../../domain/review/expert-draw';
import { AppError } from '../../domain/shared/app-error';
import { appendAudit, type Deps, type RequestContext } from './context';
import { loadDrawPool } from './load-draw-pool';
import { notify } from './notify';

export async function recordGroupDraw(tx: Db, deps: Deps, ctx: RequestContext, group: ReviewGroupRow, draw: { kind: DrawKind; count: number; drawnBy: string }): Promise<ReviewGroupRow> {
  const previous = readDrawRecord(group.drawRecord, { seed: group.seed, count: group.expertCount });
  // A supplementary draw never picks an expert already in the group (drawn before, or declared a conflict).
  const assignedIds = chosenIdsOf(previous);
  const { pool, applications, experts, applicationStates } = await loadDrawPool(tx, group.id);
  // Only applications still under expert review get new tasks (the first draw covers the whole group).
  const taskIds = draw.kind === 'initial' ? applications.map((a) => a.id) : applicationStates.filter((a) => a.state === 'recommended').map((a) => a.id);
  if (taskIds.length === 0) throw new AppError('STATE_CHANGED', '本组申报均已结束专家评审，不能再补充抽取专家');
  const seed = randomBytes(16).toString('hex');
  const drawDate = deps.clock.today();
  const result = drawExperts({ pool: pool.filter((e) => !assignedIds.includes(e.id)), applications, count: draw.count, seed, drawDate });
  const now = deps.clock.now();
  const recorded: RecordedDraw = { kind: draw.kind, seed, count: draw.count, algorithm: DRAW_ALGORITHM, drawDate, drawnAt: now.toISOString(), assignedIds, ...result, pool, applications };
  const record: DrawRecord = { version: 2, draws: [...(previous?.draws ?? []), recorded] };
  const raw = record as unknown as Record<string, unknown>;
  const saved = draw.kind === 'initial' ? await expertReviewsRepository.saveDraw(tx, group.id, { seed, drawRecord: raw, drawnBy: draw.drawnBy, drawnAt: now }) : await expertReviewsRepository.saveDrawRecord(tx, group.id, raw);
  if (!saved) throw new AppError('STATE_CHANGED', draw.kind === 'initial' ? '该评审组已抽取过专家，需要更多专家时请补充抽取' : '该评审组尚未抽取专家，请先抽取');
  await expertReviewsRepository.insertReviews(tx, taskIds.flatMap((applicationId) => result.chosenIds.map((expertId) => ({ groupId: group.id, applicationId, expertId, createdAt: now }))));
  // The audit names the draw; the pool snapshot stays in the group's record.
  const after = { kind: draw.kind, seed, count: draw.count, algorithm: DRAW_ALGORITHM, drawDate, assignedIds, ...result };
  await appendAudit(tx, deps, ctx, { action: draw.kind === 'initial' ? 'review_group.drawn' : 'review_group.drawn_more', objectType: 'review_group', objectId: group.id, after });
  const userIds = experts.filter((e) => result.chosenIds.includes(e.id)).map((e) => e.userId);
  await notify(tx, deps, { role: 'expert', userIds }, {
    title: '您已被抽取为评审专家',
    body: `您被抽取参加“${group.name}”的创建方案评审（${taskIds.length}个申报）。请先逐一声明是否存在利害关系，再查看材料并评分。`,
    link: '/workspace/my-reviews',
  });
  return saved;
}
