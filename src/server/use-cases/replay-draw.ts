import type { DrawReplayItem, DrawReplayView } from '../../contracts/experts';
import { expertReviewsRepository } from '../../db/repositories/expert-reviews.repository';
import { checkRecordedDraw, eligibleIdsOf, sameList } from '../../domain/review/draw-record';
import { AppError } from '../../domain/shared/app-error';
import type { Deps, RequestContext } from './context';
import { loadDrawPool } from './load-draw-pool';
import { drawRecordOf } from './review-group-view';
import { notFound, requirePermission } from './require-actor';

/**
 * Repeats every recorded draw of a group (Art. 7(2)): each seed over its recorded eligible list must give the
 * recorded experts, and the avoidance rules over the pool snapshot taken at that draw must give that list. Later
 * changes to the pool (a deactivation, a new relationship) do not make a genuine draw fail; whether the pool as
 * it is now would give the same lists is reported apart, for information.
 */
export async function replayDraw(deps: Deps, ctx: RequestContext, groupId: string): Promise<DrawReplayView> {
  requirePermission(ctx, 'expert.manage');
  const group = await expertReviewsRepository.findGroup(deps.db, groupId);
  if (!group) throw notFound();
  const record = drawRecordOf(group);
  const first = record?.draws[0];
  if (!record || !first || !group.seed) throw new AppError('NOT_FOUND', '该评审组尚未抽取专家');
  const current = await loadDrawPool(deps.db, groupId);
  // Draws recorded before snapshots were kept: the pool as it stood then, as far as creation dates tell.
  const asDrawn = record.draws.some((d) => !d.pool) ? await loadDrawPool(deps.db, groupId, group.drawnAt ?? undefined) : current;
  let eligibleMatches = true;
  let currentPoolMatches = true;
  const draws = record.draws.map((draw): DrawReplayItem => {
    const check = checkRecordedDraw(draw);
    const snapshotMatches = check.eligibleMatches ?? sameList(eligibleIdsOf(asDrawn.pool, asDrawn.applications, draw.assignedIds, draw.drawDate), draw.eligibleIds);
    eligibleMatches &&= snapshotMatches;
    currentPoolMatches &&= sameList(eligibleIdsOf(current.pool, draw.applications ?? current.applications, draw.assignedIds, draw.drawDate), draw.eligibleIds);
    // Without a snapshot only the shuffle can be checked exactly (the pool's flags carry no dates).
    const matches = check.shuffleMatches && (check.eligibleMatches ?? true);
    return { kind: draw.kind, seed: draw.seed, count: draw.count, recordedIds: draw.chosenIds, replayedIds: check.replayedIds, matches };
  });
  return {
    groupId,
    seed: first.seed,
    algorithm: first.algorithm,
    recordedIds: draws.flatMap((d) => d.recordedIds),
    replayedIds: draws.flatMap((d) => d.replayedIds),
    matches: draws.every((d) => d.matches),
    eligibleMatches,
    currentPoolMatches,
    draws,
  };
}
