// 复核批次 (Art. 10; ADR 0016): the rounds with their re-reviews counted by status, and what a round opening today
// would take in. The province schedules and decides; the auditors read the same overview; nobody else has one.
import type { ReReviewOverview } from '../../contracts/re-review';
import { reReviewRepository } from '../../db/repositories/re-review.repository';
import { listScope } from '../../domain/access/policy';
import { AppError } from '../../domain/shared/app-error';
import type { Deps, RequestContext } from './context';
import { listDueItems } from './re-review-due';
import { toRoundView } from './re-review-view';
import { requirePermission } from './require-actor';

export async function getReReviewOverview(deps: Deps, ctx: RequestContext): Promise<ReReviewOverview> {
  const actor = requirePermission(ctx, 'reReview.read');
  if (listScope(actor, 'reReview.read')?.kind !== 'all') throw new AppError('FORBIDDEN', '您的角色无权进行此操作');
  const today = deps.clock.today();
  const rounds = await reReviewRepository.listRounds(deps.db);
  const rows = await reReviewRepository.listByRounds(
    deps.db,
    rounds.map((r) => r.id),
  );
  return {
    rounds: rounds.map((round) => toRoundView(round, rows)),
    dueToday: await listDueItems(deps.db, actor, today, today),
    canManage: listScope(actor, 'reReview.manage')?.kind === 'all',
  };
}
