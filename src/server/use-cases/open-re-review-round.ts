// Opens a 复核批次 on its day (Art. 10; ADR 0016), in the caller's transaction: every object due then gets its
// re-review (sequence = previous + 1, the window fixed now) and moves to re_review through the lifecycle
// (start_re_review, guard reReviewDue / rectificationOver), and the operator and its city are told. Shared by the
// province's request (a round opening today) and the deadline job (a round opening later): the act is the
// province's either way, so the officer who scheduled the round is the actor, and the job's run says `via`.
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { reReviewRepository, type ReReviewRoundRow } from '../../db/repositories/re-review.repository';
import type { Db } from '../../db/client';
import { dueForReReview, reReviewWindow } from '../../domain/re-review/re-review-rules';
import { shanghaiDateOf, type Clock } from '../clock';
import { applyApplicationEvent } from './apply-application-event';
import { appendAudit, type Deps, type RequestContext } from './context';
import { notify } from './notify';
import { listDueObjects } from './re-review-due';

export type OpenedVia = 'request' | 'deadline-job';

/** The deadline job acts for the province officer who scheduled the round (ADR 0016). */
export function deadlineJobContext(round: ReReviewRoundRow, today: string): RequestContext {
  if (!round.createdBy) throw new Error(`re-review round ${round.id} has no creator to act for`);
  return {
    requestId: `deadline-job:${today}:re-review-round:${round.id}`,
    ip: 'deadline-job',
    userAgent: null,
    actor: { userId: round.createdBy, role: 'province', cityCode: null, organisationId: null },
    sessionTokenHash: null,
  };
}

/** Returns how many re-reviews the round opened; 0 when another run had opened it. */
export async function openReReviewRound(tx: Db, deps: Pick<Deps, 'clock'>, ctx: RequestContext, round: ReReviewRoundRow, via: OpenedVia): Promise<number> {
  const now = deps.clock.now();
  if (!(await reReviewRepository.markOpened(tx, round.id, now))) return 0;
  // applyApplicationEvent reads the clock only. Its today is the round's opening
  // day even when the job opens the round later (the servers were down that day): start_re_review records it as
  // reReviewStartedOn, from which a passed re-review counts the next one (Art. 10: 每2年; scheduleReReview), and the
  // window ends the day before it — one day for both. Rounds open on or after opensOn only (lockRoundsDue), so the
  // day is never in the future.
  const openingDay: Clock = { now: () => deps.clock.now(), today: () => round.opensOn };
  const lifecycleDeps = { clock: openingDay };
  let opened = 0;
  for (const { row } of await listDueObjects(tx, round.opensOn)) {
    const application = await applicationsRepository.findByIdForUpdate(tx, row.application.id);
    // Checked again under the lock: the object may have moved since it was listed.
    const due = application ? dueForReReview(application.state, application.facts, round.opensOn) : null;
    if (!application || !due) continue;
    const sequence = (await reReviewRepository.lastSequence(tx, application.id)) + 1;
    const failed = due.isAfterRectification ? await reReviewRepository.lastDecided(tx, application.id) : undefined;
    const window = reReviewWindow(
      round.opensOn,
      due.isAfterRectification && application.facts.rectificationEndsOn
        ? { endsOn: application.facts.rectificationEndsOn, failedOn: failed?.outcome === 'failed' && failed.decidedAt ? shanghaiDateOf(failed.decidedAt) : null }
        : null,
    );
    const reReview = await reReviewRepository.insert(tx, {
      roundId: round.id,
      applicationId: application.id,
      sequence,
      isAfterRectification: due.isAfterRectification,
      windowStartsOn: window.startsOn,
      windowEndsOn: window.endsOn,
      createdAt: now,
      updatedAt: now,
    });
    await applyApplicationEvent(tx, lifecycleDeps, ctx, application, 'start_re_review');
    await appendAudit(tx, deps, ctx, {
      action: 're_review.opened',
      objectType: 're_review',
      objectId: reReview.id,
      after: { applicationId: application.id, roundId: round.id, sequence, isAfterRectification: due.isAfterRectification, window, via },
    });
    const kind = due.isAfterRectification ? '整改期满后复核' : '运行和服务情况复核';
    const link = `/workspace/creation-objects/${application.id}?tab=re-review`;
    await notify(tx, deps, { role: 'applicant', organisationId: application.organisationId }, {
      title: `${round.title}已开始`,
      body: `“${application.name}”已列入${round.title}（${kind}，复核${window.startsOn}至${window.endsOn}的运行和服务情况），请于${round.reportDueOn}（含当日）前提交运行和服务情况报告。`,
      link,
    });
    await notify(tx, deps, { role: 'city', cityCode: application.cityCode }, {
      title: `${round.title}已开始`,
      body: `本市“${application.name}”已列入${round.title}（${kind}），运营主体报告截止${round.reportDueOn}，地市评估截止${round.cityDueOn}（均含当日）。`,
      link,
    });
    opened += 1;
  }
  await appendAudit(tx, deps, ctx, { action: 're_review_round.opened', objectType: 're_review_round', objectId: round.id, after: { opensOn: round.opensOn, reReviews: opened, via } });
  return opened;
}
