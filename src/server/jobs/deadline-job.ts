// The deadline job (F5 item 7): reminders before deadlines, the end of 公示 windows, overdue marks and escalations.
// It never changes an application's state — every state change is an act of a person (ADR 0009) — it records what
// it did (deadline_actions, job_runs) and tells the people who must act (notify: the bell and 待办).
//
// Idempotent twice over: the whole run is ONE transaction that first takes a transaction-level advisory lock, so
// when two app servers start it at the same moment one runs and the other returns {skipped: true}; and every action
// is inserted under a unique key (ON CONFLICT DO NOTHING), so a later run — or a run after a crash — notifies only
// for actions no run has recorded. A failure rolls the whole run back, notifications included.
import { deadlinesRepository } from '../../db/repositories/deadlines.repository';
import { PROGRESS_REPORTING_STATES } from '../../domain/deadlines/creation-deadlines';
import { planDeadlineActions } from '../../domain/deadlines/plan-deadline-actions';
import type { PlainDate } from '../../domain/shared/plain-date';
import type { Db } from '../../db/client';
import { shanghaiDateOf } from '../clock';
import type { Deps } from '../use-cases/context';
import { notify } from '../use-cases/notify';

export type DeadlineJobDeps = Pick<Deps, 'db' | 'clock'>;

export interface DeadlineJobResult {
  skipped: boolean;
  today: PlainDate;
  /** New actions by kind (e.g. {"creation-period.reminder": 2}); empty when nothing was due or it was all done. */
  done: Record<string, number>;
}

/** One part of the run, inside the locked transaction; returns what it did, by kind. */
interface DeadlineJobStep {
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
    const actions = planDeadlineActions(
      {
        creationObjects: objects.map((o) => ({ ...o, creationPeriodEndsOn: o.facts.creationPeriodEndsOn, isExtended: o.facts.isExtended })),
        notices,
        pendingCityReviews,
        openAcceptanceReviews: openReviews.map((r) => ({ ...r, startedOn: shanghaiDateOf(r.startedAt), reopenedOn: r.revision > 1 ? shanghaiDateOf(r.createdAt) : null })),
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

// Extension point, "opens due rounds": re-review rounds (复核, Art. 10, every 2 years after certification) are a
// later part of F5. The step that opens the rounds falling due belongs here, in the same locked run; it will create
// round records and notify, never move a certified object's state (ADR 0009).
const openDueReReviewRounds: DeadlineJobStep = {
  name: 'openDueReReviewRounds',
  run: async () => ({}),
};

const DEADLINE_JOB_STEPS: readonly DeadlineJobStep[] = [notifyDueDeadlines, openDueReReviewRounds];

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
