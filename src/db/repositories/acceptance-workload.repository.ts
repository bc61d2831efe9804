// What awaits a person in acceptance and certification (the 待办 panel, ADR 0015): objects in creation with their
// period's last day, the province's open acceptance reviews with their experts' progress, the 拟认定公示 without a
// 认定公告, and an expert's open acceptance assignments. The rules that turn these into items are in
// src/domain/todos/acceptance-todos.ts.
import { and, desc, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { ListScope } from '../../domain/access/policy';
import { confirmableEntry } from '../../domain/publicity/under-notice';
import type { CertificationNoticeFact, CreatingObjectFact, OpenAcceptanceReviewFact } from '../../domain/todos/acceptance-todos';
import type { Db } from '../client';
import { acceptanceOpinions, acceptanceReviews, applications, certificationAnnouncements, experts, publicityNotices } from '../schema/index';
import { applicationScopeCondition } from './applications.repository';

export const acceptanceWorkloadRepository = {
  /** Objects in `creating` within the scope, with the period's last day (extension included). */
  async listCreatingObjects(db: Db, scope: ListScope): Promise<CreatingObjectFact[]> {
    const rows = await db
      .select({ id: applications.id, facts: applications.facts })
      .from(applications)
      .where(and(eq(applications.state, 'creating'), applicationScopeCondition(scope)));
    return rows.map((row) => ({ id: row.id, creationPeriodEndsOn: row.facts.creationPeriodEndsOn }));
  },

  /**
   * The current review (latest attempt, then revision) of every object in acceptance_review that is started and
   * undecided — the review experts may still work on (find-my-acceptance-opinion.ts isReviewOpen) — with how far its
   * experts are: usable (not declared conflicted), and undeclared, awaited and submitted (decision-readiness.ts).
   */
  async listOpenReviews(db: Db): Promise<OpenAcceptanceReviewFact[]> {
    const current = await db
      .selectDistinctOn([acceptanceReviews.applicationId], { id: acceptanceReviews.id, applicationId: acceptanceReviews.applicationId, startedAt: acceptanceReviews.startedAt, outcome: acceptanceReviews.outcome })
      .from(acceptanceReviews)
      .innerJoin(applications, eq(applications.id, acceptanceReviews.applicationId))
      .where(eq(applications.state, 'acceptance_review'))
      .orderBy(acceptanceReviews.applicationId, desc(acceptanceReviews.attempt), desc(acceptanceReviews.revision));
    const open = current.filter((review) => review.startedAt !== null && review.outcome === null);
    if (open.length === 0) return [];
    const counts = await db
      .select({
        reviewId: acceptanceOpinions.acceptanceReviewId,
        usable: sql<number>`count(*) filter (where ${acceptanceOpinions.declaration} is distinct from 'conflicted')`.mapWith(Number),
        undeclared: sql<number>`count(*) filter (where ${acceptanceOpinions.declaration} is null)`.mapWith(Number),
        awaited: sql<number>`count(*) filter (where ${acceptanceOpinions.declaration} = 'none' and ${acceptanceOpinions.submittedAt} is null)`.mapWith(Number),
        submitted: sql<number>`count(*) filter (where ${acceptanceOpinions.submittedAt} is not null)`.mapWith(Number),
      })
      .from(acceptanceOpinions)
      .where(
        inArray(
          acceptanceOpinions.acceptanceReviewId,
          open.map((review) => review.id),
        ),
      )
      .groupBy(acceptanceOpinions.acceptanceReviewId);
    return open.map((review) => {
      const row = counts.find((c) => c.reviewId === review.id);
      return { applicationId: review.applicationId, usableExperts: row?.usable ?? 0, progress: { undeclared: row?.undeclared ?? 0, awaited: row?.awaited ?? 0, submitted: row?.submitted ?? 0 } };
    });
  },

  /** Every 拟认定公示 without its 认定公告, with whether each entry is still under it and its unresolved objections. */
  async listUnannouncedCertificationNotices(db: Db): Promise<CertificationNoticeFact[]> {
    const notices = await db
      .select({ id: publicityNotices.id, stage: publicityNotices.stage, endsOn: publicityNotices.endsOn, entries: publicityNotices.entries })
      .from(publicityNotices)
      .leftJoin(certificationAnnouncements, eq(certificationAnnouncements.noticeId, publicityNotices.id))
      .where(and(eq(publicityNotices.stage, 'certification'), isNull(certificationAnnouncements.id)));
    const ids = notices.flatMap((notice) => notice.entries.map((entry) => entry.applicationId));
    if (ids.length === 0) return notices.map((notice) => ({ endsOn: notice.endsOn, entries: [] }));
    const states = await db.select({ id: applications.id, state: applications.state, facts: applications.facts }).from(applications).where(inArray(applications.id, ids));
    return notices.map((notice) => ({
      endsOn: notice.endsOn,
      entries: notice.entries.map((entry) => {
        const application = states.find((a) => a.id === entry.applicationId);
        return confirmableEntry(entry.name, application, notice);
      }),
    }));
  },

  /**
   * The expert's assignments in open reviews (started, undecided, the object under review) not declared conflicted
   * and not yet submitted; none once the expert is deactivated (the case then answers 404 to them).
   */
  async countOpenAssignments(db: Db, userId: string): Promise<number> {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(acceptanceOpinions)
      .innerJoin(experts, eq(experts.id, acceptanceOpinions.expertId))
      .innerJoin(acceptanceReviews, eq(acceptanceReviews.id, acceptanceOpinions.acceptanceReviewId))
      .innerJoin(applications, eq(applications.id, acceptanceReviews.applicationId))
      .where(
        and(
          eq(experts.userId, userId),
          eq(experts.isActive, true),
          eq(applications.state, 'acceptance_review'),
          isNotNull(acceptanceReviews.startedAt),
          isNull(acceptanceReviews.outcome),
          isNull(acceptanceOpinions.submittedAt),
          or(isNull(acceptanceOpinions.declaration), eq(acceptanceOpinions.declaration, 'none')),
        ),
      );
    return row?.n ?? 0;
  },
};
