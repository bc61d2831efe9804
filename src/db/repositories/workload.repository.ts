// What awaits a person (the 待办 panel, F3 item 6): counts over the applications in the person's reach, the
// expert reviews assigned to them, and the objections not yet handled.
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { ListScope } from '../../domain/access/policy';
import type { Db } from '../client';
import { applications, expertReviews, experts, objections, publicityNotices } from '../schema/index';
import { applicationScopeCondition } from './applications.repository';
import { objectionStillWork } from './objection-work';

export const workloadRepository = {
  /** Application counts by state within the scope. */
  async countApplicationsByState(db: Db, scope: ListScope): Promise<Record<string, number>> {
    const rows = await db
      .select({ state: applications.state, n: sql<number>`count(*)::int` })
      .from(applications)
      .where(applicationScopeCondition(scope))
      .groupBy(applications.state);
    return Object.fromEntries(rows.map((row) => [row.state, row.n]));
  },

  /** Applications in 公示 whose window ended before today (waiting for objections to be resolved or confirmation). */
  async countClosedPublicity(db: Db, today: string): Promise<number> {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(applications)
      // Only entries that know their notice (ADR 0015, publicityNoticeId) can be confirmed.
      .where(and(eq(applications.state, 'creation_publicity'), lt(sql`(${applications.facts}->>'publicityEndsOn')`, today), sql`${applications.facts}->>'publicityNoticeId' IS NOT NULL`));
    return row?.n ?? 0;
  },

  /** The expert's assignments still awaiting a declaration, or declared free of conflict and not yet scored. */
  async countOpenReviews(db: Db, userId: string): Promise<number> {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(expertReviews)
      .innerJoin(experts, eq(experts.id, expertReviews.expertId))
      .where(and(eq(experts.userId, userId), isNull(expertReviews.submittedAt), or(isNull(expertReviews.declaration), eq(expertReviews.declaration, 'none'))));
    return row?.n ?? 0;
  },

  /** Objections received and not yet found true or untrue; `overdue` are past their notice's handling deadline. */
  async countOpenObjections(db: Db, today: string): Promise<{ open: number; overdue: number }> {
    const [row] = await db
      .select({
        open: sql<number>`count(*)::int`,
        overdue: sql<number>`count(*) FILTER (WHERE ${publicityNotices.handlingDueOn} < ${today})::int`,
      })
      .from(objections)
      .innerJoin(publicityNotices, eq(publicityNotices.id, objections.noticeId))
      // An objection to an entry taken off the notice by Art. 12 or ineligibility is no longer work (objection-work.ts).
      .where(and(eq(objections.status, 'received'), objectionStillWork(objections, publicityNotices.stage)));
    return { open: row?.open ?? 0, overdue: row?.overdue ?? 0 };
  },
};
