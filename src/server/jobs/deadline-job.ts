// The deadline job (F5 item 7): reminders before deadlines, the end of 公示 windows, overdue marks and escalations.
// It changes no application's state on its own — every state change is an act of a person (ADR 0009); the one
// exception carries out the province's own act, a re-review round opening on the day it chose (ADR 0016) — it records what
// it did (deadline_actions, job_runs) and tells the people who must act (notify: the bell and 待办).
//
// Idempotent twice over: the whole run is ONE transaction that first takes a transaction-level advisory lock, so
// when two app servers start it at the same moment one runs and the other returns {skipped: true}; and every action
// is inserted under a unique key (ON CONFLICT DO NOTHING), so a later run — or a run after a crash — notifies only
// for actions no run has recorded. A failure rolls the whole run back, notifications included.
import { deadlinesRepository } from '../../db/repositories/deadlines.repository';
import { reReviewRepository } from '../../db/repositories/re-review.repository';
import { PROGRESS_REPORTING_STATES } from '../../domain/deadlines/creation-deadlines';
import { reReviewDueOf } from '../../domain/lifecycle/context';
import { planDeadlineActions } from '../../domain/deadlines/plan-deadline-actions';
import type { PlainDate } from '../../domain/shared/plain-date';
import type { Db } from '../../db/client';
import { shanghaiDateOf } from '../clock';
import type { Deps } from '../use-cases/context';
import { notify } from '../use-cases/notify';
import { deadlineJobContext, openReReviewRound } from '../use-cases/open-re-review-round';
import { refreshPendingStandings } from '../use-cases/refresh-indicator-standing';

export type DeadlineJobDeps = Pick<Deps, 'db' | 'clock'>;

export interface DeadlineJobResult {
  skipped: boolean;
  today: PlainDate;
  /** New actions by kind (e.g. {"creation-period.reminder": 2}); empty when nothing was due or it was all done. */
  done: Record<string, number>;
}

/** One part of the run, inside the locked transaction; returns what it did, by kind. */
export interface DeadlineJobStep {
  name: string;
  run(tx: Db, deps: DeadlineJobDeps, today: PlainDate): Promise<Record<string, number>>;
}

const notifyDueDeadlines: DeadlineJobStep = {
  name: 'notifyDueDeadlines',
  async run(tx, deps, today) {
    // One after another: a transaction is one connection.
    const objects = await deadlinesRepository.listCreationObjects(tx, PROGRESS_REPORTING_STATES);
    const notices = await deadlinesRepository.listNoticesAwaitingWork(tx);
    const pendingCityReviews = await deadlinesRepository.listPendingCityReviewsPast(tx, today);
    const openReviews = await deadlinesRepository.listOpenAcceptanceReviews(tx);
    const openReReviews = await deadlinesRepository.listOpenReReviews(tx);
    const reReviewObjects = await deadlinesRepository.listCreationObjects(tx, ['certified', 'rectifying']);
    const actions = planDeadlineActions(
      {
        creationObjects: objects.map((o) => ({ ...o, creationPeriodEndsOn: o.facts.creationPeriodEndsOn, isExtended: o.facts.isExtended })),
        notices,
        pendingCityReviews,
        openAcceptanceReviews: openReviews.map((r) => ({ ...r, startedOn: shanghaiDateOf(r.startedAt), reopenedOn: r.revision > 1 ? shanghaiDateOf(r.createdAt) : null })),
        openReReviews,
        reReviewObjects: reReviewObjects.map((o) => ({ id: o.id, name: o.name, state: o.state, reReviewDueOn: reReviewDueOf(o.facts), rectificationEndsOn: o.facts.rectificationEndsOn })),
      },
      today,
    );
    const done: Record<string, number> = {};
    for (const action of actions) {
      const isNew = await deadlinesRepository.recordAction(tx, { key: action.key, kind: action.kind, subjectId: action.subjectId, dueOn: action.dueOn, doneAt: deps.clock.now() });
      if (!isNew) continue;
      for (const recipients of action.recipients) await notify(tx, deps, recipients, { title: action.title, body: action.body, link: action.link });
      done[action.kind] = (done[action.kind] ?? 0) + 1;
    }
    return done;
  },
};

// "Opens due rounds" (ADR 0016): a 复核批次 scheduled for a later day is opened on that day, in the same locked run.
// This is the one place the job moves states (start_re_review): the act is the province's — the officer who
// scheduled the round is the actor, and the audit says via deadline-job — the job only carries it out on the day
// the province chose. A round already opened (by the province's request, or an earlier run) is not touched again.
const openDueReReviewRounds: DeadlineJobStep = {
  name: 'openDueReReviewRounds',
  async run(tx, deps, today) {
    const done: Record<string, number> = {};
    for (const round of await reReviewRepository.lockRoundsDue(tx, today)) {
      const opened = await openReReviewRound(tx, deps, deadlineJobContext(round, today), round, 'deadline-job');
      done['re-review-round.opened'] = (done['re-review-round.opened'] ?? 0) + 1;
      if (opened > 0) done['re-review.started'] = (done['re-review.started'] ?? 0) + opened;
    }
    return done;
  },
};

// Rounds open first, so a round opening today is in the same run's reminders.
const DEADLINE_JOB_STEPS: readonly DeadlineJobStep[] = [openDueReReviewRounds, notifyDueDeadlines];

export const DEADLINE_JOB_NAME = 'deadlines';

export async function runDeadlineJob(deps: DeadlineJobDeps): Promise<DeadlineJobResult> {
  const today = deps.clock.today();
  return deps.db.transaction(async (tx) => {
    if (!(await deadlinesRepository.tryLockJob(tx))) return { skipped: true, today, done: {} };
    const startedAt = deps.clock.now();
    const done: Record<string, number> = {};
    for (const step of DEADLINE_JOB_STEPS) {
      for (const [kind, count] of Object.entries(await step.run(tx, deps, today))) done[kind] = (done[kind] ?? 0) + count;
    }
    await deadlinesRepository.insertJobRun(tx, { job: DEADLINE_JOB_NAME, today, startedAt, finishedAt: deps.clock.now(), summary: done });
    return { skipped: false, today, done };
  });
}

/**
 * What the scheduler and `npm run jobs:once` run: the deadline job, then the backstop of the indicator standings
 * (ADR 0021: up to STANDINGS_PER_RUN missing, stale or out-of-window ones) — after the job's transaction and each
 * object in its own, so a slow computation never holds the job's lock. A run skipped for another server's leaves the
 * standings to that server.
 */
export async function runScheduledJobs(deps: DeadlineJobDeps): Promise<DeadlineJobResult> {
  const result = await runDeadlineJob(deps);
  if (result.skipped) return result;
  const standings = await refreshPendingStandings(deps);
  const done = { ...result.done };
  const refreshed = standings.computed + standings.removed;
  if (refreshed > 0) done['indicator-standing.refreshed'] = refreshed;
  if (standings.failed > 0) done['indicator-standing.failed'] = standings.failed;
  return { ...result, done };
}
