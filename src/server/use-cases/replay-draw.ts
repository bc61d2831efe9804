import type { DrawReplayView } from '../../contracts/experts';
import { expertReviewsRepository } from '../../db/repositories/expert-reviews.repository';
import { drawExperts, drawFromEligible } from '../../domain/review/expert-draw';
import { AppError } from '../../domain/shared/app-error';
import type { Deps, RequestContext } from './context';
import { loadDrawPool } from './load-draw-pool';
import { drawRecordOf } from './review-group-view';
import { notFound, requirePermission } from './require-actor';

/**
 * Repeats a recorded draw: the recorded seed over the recorded eligible list must give the recorded experts; and
 * the avoidance rules over the pool as it stood then must give the recorded eligible list.
 */
export async function replayDraw(deps: Deps, ctx: RequestContext, groupId: string): Promise<DrawReplayView> {
  requirePermission(ctx, 'expert.manage');
  const group = await expertReviewsRepository.findGroup(deps.db, groupId);
  if (!group) throw notFound();
  const record = drawRecordOf(group);
  if (!record || !group.seed) throw new AppError('NOT_FOUND', '该评审组尚未抽取专家');
  const replayedIds = drawFromEligible(record.eligibleIds, group.expertCount, group.seed);
  // Eligibility again from the pool as it stood at the draw (experts and relationships recorded later left out).
  const { pool, applications } = await loadDrawPool(deps.db, groupId, group.drawnAt ?? undefined);
  const eligibleNow = drawExperts({ pool, applications, count: 0, seed: group.seed, drawDate: record.drawDate }).eligibleIds;
  return {
    groupId,
    seed: group.seed,
    algorithm: record.algorithm,
    recordedIds: record.chosenIds,
    replayedIds,
    eligibleMatches: eligibleNow.length === record.eligibleIds.length && eligibleNow.every((id, i) => id === record.eligibleIds[i]),
    matches: replayedIds.length === record.chosenIds.length && replayedIds.every((id, i) => id === record.chosenIds[i]),
  };
}
