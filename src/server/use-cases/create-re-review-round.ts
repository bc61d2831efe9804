// 安排复核批次 (Art. 10: 每2年开展一次运行和服务情况复核; ADR 0016): the province schedules a round from today on, with
// the days the operators' reports and the cities' assessments are due. A round opening today opens at once, in the
// same transaction; a later one is opened by the deadline job on its day. A round with nothing due then is refused.
import type { CreateReReviewRoundRequest, ReReviewRoundView } from '../../contracts/re-review';
import { reReviewRepository } from '../../db/repositories/re-review.repository';
import { AppError } from '../../domain/shared/app-error';
import { appendAudit, type Deps, type RequestContext } from './context';
import { openReReviewRound } from './open-re-review-round';
import { listDueObjects } from './re-review-due';
import { toRoundView } from './re-review-view';
import { requirePermission } from './require-actor';

export async function createReReviewRound(deps: Deps, ctx: RequestContext, input: CreateReReviewRoundRequest): Promise<ReReviewRoundView> {
  const actor = requirePermission(ctx, 'reReview.manage');
  const today = deps.clock.today();
  if (input.opensOn < today) {
    throw new AppError('VALIDATION_FAILED', `复核开始日期${input.opensOn}早于今天（${today}），请选择今天或以后的日期`, {
      issues: [{ path: 'opensOn', message: `复核开始日期不能早于今天（${today}）` }],
    });
  }
  return deps.db.transaction(async (tx) => {
    const due = await listDueObjects(tx, input.opensOn);
    if (due.length === 0) throw nothingDue(input.opensOn);
    const round = await reReviewRepository.insertRound(tx, {
      year: input.year,
      title: input.title?.trim() || `${input.year}年度运行和服务情况复核`,
      opensOn: input.opensOn,
      reportDueOn: input.reportDueOn,
      cityDueOn: input.cityDueOn,
      createdBy: actor.userId,
      createdAt: deps.clock.now(),
    });
    await appendAudit(tx, deps, ctx, {
      action: 're_review_round.created',
      objectType: 're_review_round',
      objectId: round.id,
      after: { year: round.year, title: round.title, opensOn: round.opensOn, reportDueOn: round.reportDueOn, cityDueOn: round.cityDueOn, dueNow: due.length },
    });
    // Two officers scheduling at once: the second finds every object already taken in; its empty round rolls back.
    if (round.opensOn === today && (await openReReviewRound(tx, deps, ctx, round, 'request')) === 0) throw nothingDue(input.opensOn);
    const saved = (await reReviewRepository.findRound(tx, round.id)) ?? round;
    return toRoundView(saved, await reReviewRepository.listByRounds(tx, [round.id]));
  });
}

function nothingDue(opensOn: string): AppError {
  const message = `开始日期${opensOn}没有到期应复核的平台（基地）`;
  return new AppError('NOTHING_DUE', message, { issues: [{ path: 'opensOn', message }] });
}
