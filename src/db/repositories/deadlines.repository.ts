// What the deadline job (F5 item 7) reads — the dated items still awaiting someone — and what it writes: one
// deadline_actions row per action (the unique key makes each happen once) and one job_runs row per run.
import { and, asc, eq, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { LifecycleFacts } from '../../domain/lifecycle/context';
import type { Db } from '../client';
import { acceptanceReviews, annualCalls, applications, deadlineActions, jobRuns, objections, progressReports, publicityNotices, reReviewRounds, reReviews } from '../schema/index';
import { objectionStillWork } from './objection-work';

/** One key for every app server: whoever holds it runs the job; the others skip (pg_try_advisory_xact_lock). */
const DEADLINE_JOB_LOCK = 'shifan:deadline-job';

export interface CreationObjectRow {
  id: string;
  name: string;
  state: string;
  organisationId: string;
  cityCode: string;
  facts: LifecycleFacts;
  reportedHalfYears: number[];
}

export const deadlinesRepository = {
  /**
   * Takes the job's lock for the rest of the transaction, or returns false at once when another transaction (another
   * app server's run) holds it. Released by commit or rollback, so a crashed run never leaves it taken.
   */
  async tryLockJob(tx: Db): Promise<boolean> {
    const result = (await tx.execute(sql`SELECT pg_try_advisory_xact_lock(hashtext(${DEADLINE_JOB_LOCK})) AS locked`)) as unknown as { rows: { locked: boolean }[] };
    return result.rows[0]?.locked === true;
  },

  /** Objects in the given states with their facts and the half years they have reported. */
  async listCreationObjects(db: Db, states: readonly string[]): Promise<CreationObjectRow[]> {
    const rows = await db
      .select({ id: applications.id, name: applications.name, state: applications.state, organisationId: applications.organisationId, cityCode: applications.cityCode, facts: applications.facts })
      .from(applications)
      .where(inArray(applications.state, [...states]))
      .orderBy(asc(applications.id));
    if (rows.length === 0) return [];
    const reports = await db
      .select({ applicationId: progressReports.applicationId, halfYear: progressReports.halfYear })
      .from(progressReports)
      .where(inArray(progressReports.applicationId, rows.map((row) => row.id)));
    // Grouped once: a filter per object was objects × reports (2,455 × 3,900 at province scale, F8 bench).
    const halfYearsOf = new Map<string, number[]>();
    for (const report of reports) {
      const list = halfYearsOf.get(report.applicationId);
      if (list) list.push(report.halfYear);
      else halfYearsOf.set(report.applicationId, [report.halfYear]);
    }
    return rows.map((row) => ({ ...row, reportedHalfYears: halfYearsOf.get(row.id) ?? [] }));
  },

  /**
   * Notices that still leave work: entries whose application is still under the notice (its 公示 state and
   * facts.publicityNoticeId), or objections not yet decided. A notice whose entries and objections are all settled is not read again.
   */
  async listNoticesAwaitingWork(db: Db) {
    const rows = await db
      .select({
        id: publicityNotices.id,
        title: publicityNotices.title,
        stage: publicityNotices.stage,
        endsOn: publicityNotices.endsOn,
        handlingDueOn: publicityNotices.handlingDueOn,
        // Under this very notice, as under-notice.ts reads it: an entry listed on a later notice is that one's work.
        // Outer columns are written out in full: drizzle leaves them unqualified in a one-table select, and inside the
        // subquery an unqualified "id" would be the objection's own.
        entriesUnderPublicity: sql<number>`(
          SELECT count(*)::int FROM ${applications} a
          WHERE a.state = publicity_notices.stage || '_publicity'
            AND a.facts ->> 'publicityNoticeId' = publicity_notices.id::text)`,
        // Not those to an entry taken off the notice by an Art. 12 cancellation or a finding of ineligibility (objection-work.ts).
        openObjections: sql<number>`(SELECT count(*)::int FROM ${objections} o WHERE o.notice_id = publicity_notices.id AND o.status = 'received'
            AND ${objectionStillWork({ applicationId: sql.raw('o.application_id'), noticeId: sql.raw('o.notice_id') }, sql.raw('publicity_notices.stage'))})`,
      })
      .from(publicityNotices)
      .orderBy(asc(publicityNotices.endsOn), asc(publicityNotices.id));
    return rows
      .filter((row) => row.entriesUnderPublicity > 0 || row.openObjections > 0)
      .map((row) => ({ ...row, stage: row.stage as 'creation' | 'certification' }));
  },

  /** Applications still awaiting the city's initial review after their call's city review deadline. */
  async listPendingCityReviewsPast(db: Db, today: string) {
    return db
      .select({ id: applications.id, name: applications.name, cityCode: applications.cityCode, cityReviewDeadline: annualCalls.cityReviewDeadline })
      .from(applications)
      .innerJoin(annualCalls, eq(annualCalls.id, applications.callId))
      .where(and(eq(applications.state, 'submitted'), lt(annualCalls.cityReviewDeadline, today)))
      .orderBy(asc(applications.id));
  },

  /** Acceptance reviews started and not decided, of objects still under acceptance review (not cancelled meanwhile). */
  async listOpenAcceptanceReviews(db: Db) {
    const rows = await db
      .select({
        id: acceptanceReviews.id,
        applicationId: acceptanceReviews.applicationId,
        name: applications.name,
        attempt: acceptanceReviews.attempt,
        revision: acceptanceReviews.revision,
        startedAt: acceptanceReviews.startedAt,
        // A revision > 1 is opened (created) by an upheld objection and copies startedAt from revision 1.
        createdAt: acceptanceReviews.createdAt,
      })
      .from(acceptanceReviews)
      .innerJoin(applications, eq(applications.id, acceptanceReviews.applicationId))
      .where(and(isNotNull(acceptanceReviews.startedAt), isNull(acceptanceReviews.outcome), eq(applications.state, 'acceptance_review')))
      .orderBy(asc(acceptanceReviews.id));
    return rows.flatMap((row) => (row.startedAt ? [{ ...row, startedAt: row.startedAt }] : []));
  },

  /** Records an action; false when its key is taken (done by an earlier run, or by another server just now). */
  /** 复核 still awaiting the province's decision (ADR 0016), with their round's days and where the phases stand. */
  async listOpenReReviews(db: Db) {
    const rows = await db
      .select({
        id: reReviews.id,
        applicationId: reReviews.applicationId,
        name: applications.name,
        organisationId: applications.organisationId,
        cityCode: applications.cityCode,
        roundTitle: reReviewRounds.title,
        reportDueOn: reReviewRounds.reportDueOn,
        cityDueOn: reReviewRounds.cityDueOn,
        submittedAt: reReviews.submittedAt,
        assessedAt: reReviews.assessedAt,
      })
      .from(reReviews)
      .innerJoin(reReviewRounds, eq(reReviewRounds.id, reReviews.roundId))
      .innerJoin(applications, eq(applications.id, reReviews.applicationId))
      .where(and(isNull(reReviews.outcome), eq(applications.state, 're_review')))
      .orderBy(asc(reReviews.id));
    return rows.map(({ submittedAt, assessedAt, ...row }) => ({ ...row, isSubmitted: submittedAt !== null, isAssessed: assessedAt !== null }));
  },

  async recordAction(db: Db, values: typeof deadlineActions.$inferInsert): Promise<boolean> {
    const rows = await db.insert(deadlineActions).values(values).onConflictDoNothing({ target: deadlineActions.key }).returning({ id: deadlineActions.id });
    return rows.length > 0;
  },

  async insertJobRun(db: Db, values: typeof jobRuns.$inferInsert): Promise<void> {
    await db.insert(jobRuns).values(values);
  },
};
